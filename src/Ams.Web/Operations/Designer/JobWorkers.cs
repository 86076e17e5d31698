using Ams.Web.Features.Enrollment;
using Ams.Web.Features.Requests;
using Ams.Web.Operations.Mail;
using Ams.Workflow.Hangfire;

namespace Ams.Web.Operations.Designer;

/// <summary>The one list of in-process workers: the engine registers these and the designer offers a template for each.</summary>
public static class JobWorkers
{
    /// <summary>Every job type this host runs itself.</summary>
    public static IReadOnlyList<JobWorker> All { get; } =
    [
        JobWorker.Of<SendMailHandler>(
            SendMailHandler.JobType, "Kirim email", "Mengirim email dari template ke penerima (alamat atau nama peran).", 5,
            new JobInput("template", "Template email", JobInputChoices.MailTemplate),
            new JobInput("to", "Penerima", JobInputChoices.Expression, "=holderEmail")),
        JobWorker.Of<SubmitRevocationHandler>(
            SubmitRevocationHandler.JobType, "Enrollment ke CA", "Mengajukan pencabutan yang disetujui ke CA; hasilnya datang sebagai pesan enrollment-completed.", 5),
        JobWorker.Of<RecordDecisionHandler>(
            RecordDecisionHandler.JobType, "Catat keputusan verifikasi", "Mencatat keputusan dan catatan verifikator pada permohonan.", 3),
        JobWorker.Of<RecordExpiryHandler>(
            RecordExpiryHandler.JobType, "Catat permohonan kedaluwarsa", "Menutup penerbitan yang disetujui tetapi tidak di-enroll pemohon dalam batas waktu.", 3),
        JobWorker.Of<RecordEnrollmentHandler>(
            RecordEnrollmentHandler.JobType, "Catat hasil enrollment", "Mencatat hasil enrollment dari CA pada permohonan.", 3),
    ];

    /// <summary>Registers every worker with the engine.</summary>
    public static void AddTo(JobHandlerRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var worker in All)
        {
            worker.Register(registry);
        }
    }
}
