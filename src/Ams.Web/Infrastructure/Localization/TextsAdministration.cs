namespace Ams.Web.Infrastructure.Localization;

/// <summary>Administration: forms, mail templates and their validation, process instances.</summary>
public static partial class Texts
{
    private static Dictionary<string, (string Id, string En)> AdministrationWords() => new(StringComparer.Ordinal)
    {
        // Administration: forms and mail templates
        ["forms"] = ("Formulir", "Forms"),
        ["mailTemplates"] = ("Template email", "Mail templates"),
        ["formUnknown"] = ("Formulir tugas ini ({0}) tidak dikenal: simpan formulir dengan id ini di Admin → Formulir agar tugas dapat diisi di sini.", "This task's form ({0}) is unknown: save a form with this id under Admin → Forms to fill the task in here."),
        ["formInvalid"] = ("Formulir belum diisi dengan benar.", "The form is not filled in correctly."),
        ["completeTask"] = ("Selesaikan", "Complete"),

        // Server validation of task forms and mail templates, shown on the pages as they come
        ["fieldRequired"] = ("Kolom ini wajib diisi.", "This field is required."),
        ["numberExpected"] = ("Isi dengan angka.", "A number is expected."),
        ["trueOrFalseExpected"] = ("Isi dengan ya atau tidak (true/false).", "true or false is expected."),
        ["textExpected"] = ("Isi dengan teks.", "Text is expected."),
        ["oneOfExpected"] = ("Pilih salah satu dari: {0}.", "One of {0} is expected."),
        ["atMostCharacters"] = ("Paling banyak {0} karakter.", "At most {0} characters."),
        ["notAFormField"] = ("'{0}' bukan kolom pada formulir '{1}'.", "'{0}' is not a field of the form '{1}'."),
        ["templateEmpty"] = ("Template masih kosong.", "The template is empty."),
        ["templateTooLong"] = ("Template paling banyak {0} karakter.", "A template may have at most {0} characters."),
        ["templateUnusable"] = ("Template tidak dapat dipakai.", "The template cannot be used."),
        ["templateSyntax"] = ("Baris {0}, kolom {1}: penulisan Liquid tidak benar. Periksa tanda {{{{ }}}} dan {{% %}} di sekitarnya. (Rincian: {2})", "Line {0}, column {1}: the Liquid is not written correctly. Check the {{{{ }}}} and {{% %}} marks around it. (Details: {2})"),
        ["templateSubjectLine"] = ("Baris {0}, kolom {1}: baris pertama harus diawali 'subject: ' lalu subjek email.", "Line {0}, column {1}: the first line must be 'subject: ' followed by the mail's subject."),
        ["templateBlankLine"] = ("Baris {0}, kolom {1}: setelah baris subjek harus ada satu baris kosong, lalu isi email.", "Line {0}, column {1}: the subject line must be followed by a blank line and then the body."),
        ["templateRenderFailed"] = ("Template tidak dapat ditampilkan dengan data contoh: {0}", "The template cannot be rendered with the sample data: {0}"),
        ["newResource"] = ("Baru (id: huruf kecil, angka, tanda hubung)", "New (id: lower-case letters, digits, dashes)"),
        ["save"] = ("Simpan sebagai versi baru", "Save as a new version"),
        ["saved"] = ("Tersimpan:", "Saved:"),
        ["versions"] = ("Versi", "Versions"),
        ["preview"] = ("Pratinjau", "Preview"),

        // Administration: process instances
        ["instances"] = ("Instans proses", "Process instances"),
        ["process"] = ("Proses", "Process"),
        ["startedAt"] = ("Dimulai", "Started"),
        ["endedAt"] = ("Berakhir", "Ended"),
        ["incidents"] = ("Insiden", "Incidents"),
        ["withIncidents"] = ("Dengan insiden", "With incidents"),
        ["noInstances"] = ("Tidak ada instans.", "No instances."),
        ["history"] = ("Riwayat", "History"),
        ["variables"] = ("Variabel", "Variables"),
        ["retry"] = ("Coba lagi", "Retry"),
        ["waiting"] = ("Menunggu", "Waiting"),
        ["done"] = ("Selesai", "Completed"),
        ["failed"] = ("Gagal", "Failed"),
        ["elementCounts"] = ("Jumlah per elemen", "Counts per element"),
        ["element"] = ("Elemen", "Element"),

        // Administration: instance states and the version comparison's legend, as the pages show them
        ["stateActive"] = ("aktif", "active"),
        ["stateCompleted"] = ("selesai", "completed"),
        ["stateTerminated"] = ("dihentikan", "terminated"),
        ["compareAdded"] = ("ditambahkan", "added"),
        ["compareRemoved"] = ("dihapus", "removed"),
        ["compareChanged"] = ("diubah", "changed"),
        ["compareMoved"] = ("dipindahkan", "moved"),
        ["noDifferences"] = ("Tidak ada perbedaan.", "No differences."),

        // Administration: paging and copying in the instance list, picking a process for the element counts
        ["instancesPerPage"] = ("Baris per halaman", "Rows per page"),
        ["instancesPages"] = ("Halaman daftar instans", "Instance list pages"),
        ["instancesPage"] = ("Halaman {0}", "Page {0}"),
        ["instancesPrevious"] = ("← Sebelumnya", "← Previous"),
        ["instancesNext"] = ("Berikutnya →", "Next →"),
        ["instancesCopyId"] = ("Salin {0}", "Copy {0}"),
        ["instancesCopied"] = ("Disalin: {0}", "Copied: {0}"),
        ["instancesCopyFailed"] = ("Tidak dapat menyalin; pilih teks id lalu salin secara manual.", "Cannot copy; select the id's text and copy it by hand."),
        ["overviewChooseProcess"] = ("Pilih proses dan versi untuk melihat jumlah instans per elemen.", "Choose a process and a version to see the instances per element."),
        ["overviewLatest"] = ("terbaru", "latest"),
        ["overviewNoProcesses"] = ("Belum ada proses yang di-deploy.", "No process is deployed yet."),
    };
}
