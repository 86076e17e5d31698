namespace Ams.Web.Infrastructure.Localization;

/// <summary>What a holder's application, enrollment or revocation and an invitation are refused with.</summary>
public static partial class Texts
{
    private static Dictionary<string, (string Id, string En)> RefusalWords() => new(StringComparer.Ordinal)
    {
        // What a holder's application, enrollment or revocation is refused with (pages and the holder's API)
        ["issuanceOneFilePerDocument"] = ("Satu berkas untuk setiap dokumen.", "One file per document."),
        ["issuanceDocumentType"] = ("Dokumen bukan PDF, JPEG, atau PNG (dikenali dari isinya, bukan dari namanya).", "The document is not a PDF, JPEG or PNG (recognised by its content, not its name)."),
        ["issuanceInProgress"] = ("Permohonan penerbitan untuk '{0}' masih diproses.", "An issuance request for '{0}' is already in progress."),
        ["issuanceCouldNotStart"] = ("Proses penerbitan tidak dapat dimulai.", "The issuance process could not start."),
        ["enrollmentCsrOrPassphrase"] = ("Kirim 'csr' (permintaan PKCS#10, PEM) atau 'passphrase' (server membuat kuncinya), tidak keduanya.", "Send either 'csr' (a PKCS#10 request, PEM) or 'passphrase' (the server makes the key), not both."),
        ["enrollmentNotWaiting"] = ("Permohonan ini tidak sedang menunggu enrollment Anda.", "The request is not waiting for your enrollment."),
        ["enrollmentNotVerified"] = ("Permohonan belum diverifikasi.", "The request has not been verified yet."),
        ["enrollmentRejected"] = ("Permohonan ditolak.", "The request was rejected."),
        ["enrollmentExpired"] = ("Permohonan kedaluwarsa: batas waktu enrollment telah lewat. Ajukan kembali.", "The request expired: the enrollment window has passed. Apply again."),
        ["enrollmentImpossible"] = ("Permohonan tidak dapat di-enroll.", "The request cannot be enrolled."),
        ["enrollmentCaBusy"] = ("Otoritas sertifikat belum selesai; coba lagi sebentar lagi.", "The certification authority has not finished; try again shortly."),
        ["certificateAlreadyRevoked"] = ("Sertifikat sudah dicabut.", "The certificate is already revoked."),
        ["revocationInProgress"] = ("Permohonan untuk sertifikat ini masih diproses.", "A request for this certificate is already in progress."),
        ["revocationCouldNotStart"] = ("Proses pencabutan tidak dapat dimulai.", "The revocation process could not start."),
        // Inviting a holder: what the form or the API gets back for a wrong field
        ["inviteLanguageWrong"] = ("Bahasa harus 'id' (Indonesia) atau 'en' (Inggris).", "The language is 'id' (Indonesian) or 'en' (English)."),
        ["inviteEmailWrong"] = ("Alamat email yang valid wajib diisi.", "A valid email address is required."),
        ["inviteNameWrong"] = ("Nama wajib diisi, paling banyak 128 karakter.", "A name of at most 128 characters is required."),
        ["inviteEmailTaken"] = ("Sudah ada akun dengan email ini.", "An account with this email already exists."),
        ["subjectOrganizationWrong"] = ("Organisasi paling banyak 64 karakter.", "An organisation of at most 64 characters."),
        ["subjectUnitWrong"] = ("Unit kerja paling banyak 64 karakter.", "A unit of at most 64 characters."),
        ["subjectIdentityNumberWrong"] = ("Nomor identitas paling banyak 32 digit (NIK 16 digit).", "An identity number of at most 32 digits (a NIK has 16)."),
    };
}
