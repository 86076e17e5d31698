namespace Ams.Web.Infrastructure.Localization;

/// <summary>Applying for a certificate and enrolling it.</summary>
public static partial class Texts
{
    private static Dictionary<string, (string Id, string En)> IssuanceWords() => new(StringComparer.Ordinal)
    {
        // Issuance: apply, enroll
        ["applyForCertificate"] = ("Permohonan Penerbitan", "Apply for a certificate"),
        ["applyIntro"] = ("Pilih produk, periksa data subjek dari akun Anda, lalu lampirkan dokumen pendukung.", "Pick a product, check the subject data from your account, and attach the supporting documents."),
        ["keyUsages"] = ("Key usage", "Key usages"),
        ["extendedKeyUsages"] = ("Extended key usage", "Extended key usages"),
        ["subjectData"] = ("Data Subjek", "Subject data"),
        ["subjectFromAccount"] = ("Data ini diambil dari akun Anda dan tidak dapat diubah di sini.", "This comes from your account and cannot be changed here."),
        ["organization"] = ("Organisasi", "Organisation"),
        ["organizationalUnit"] = ("Unit kerja", "Unit"),
        ["identityNumber"] = ("Nomor identitas", "Identity number"),
        ["documents"] = ("Dokumen pendukung", "Supporting documents"),
        ["documentHint"] = ("PDF, JPEG atau PNG, maksimal {0} MB per berkas.", "PDF, JPEG or PNG, at most {0} MB each."),
        ["submitApplication"] = ("Ajukan permohonan", "Submit the application"),
        ["productInvalid"] = ("Pilih salah satu produk.", "Pick one of the products."),
        ["documentMissing"] = ("Lampirkan dokumen ini.", "Attach this document."),
        ["documentInvalid"] = ("Dokumen harus berupa PDF, JPEG atau PNG (dikenali dari isinya), maksimal {0} MB.", "The document must be a PDF, JPEG or PNG (recognised by its content) of at most {0} MB."),
        ["applicationOpen"] = ("Permohonan penerbitan untuk produk ini masih diproses.", "An application for this product is still in progress."),
        ["tryLater"] = ("Tidak dapat diproses saat ini; coba lagi nanti.", "This cannot be done right now; try again later."),
        ["enroll"] = ("Enroll", "Enroll"),
        ["enrollTitle"] = ("Enrollment Sertifikat", "Certificate enrollment"),
        ["enrollIntro"] = ("Permohonan Anda telah disetujui. Pilih salah satu cara untuk menerima sertifikat.", "Your application was approved. Choose one way to receive the certificate."),
        ["enrollWithCsr"] = ("Unggah CSR (PKCS#10)", "Upload a CSR (PKCS#10)"),
        ["csrHint"] = ("Tempel CSR berformat PEM atau pilih berkasnya. Subjek dan ekstensi diambil dari permohonan yang disetujui, bukan dari CSR.", "Paste a PEM CSR or pick its file. The subject and extensions come from the approved application, not from the CSR."),
        ["csrFile"] = ("Berkas CSR", "CSR file"),
        ["issueFromCsr"] = ("Terbitkan sertifikat", "Issue the certificate"),
        ["csrInvalid"] = ("CSR tidak diterima.", "The CSR was refused."),
        ["enrollWithKey"] = ("Kunci dibuat oleh server (PKCS#12)", "Key made by the server (PKCS#12)"),
        ["keyHint"] = ("Server membuat kunci privat dan mengirimkannya sekali saja sebagai berkas PKCS#12 yang dilindungi kata sandi ini. Kunci dan kata sandi tidak disimpan.", "The server makes the private key and sends it once, as a PKCS#12 file protected by this passphrase. Neither is kept."),
        ["passphrase"] = ("Kata sandi PKCS#12", "PKCS#12 passphrase"),
        ["passphraseAgain"] = ("Ulangi kata sandi", "Passphrase again"),
        ["downloadPkcs12"] = ("Buat kunci dan unduh PKCS#12", "Make the key and download the PKCS#12"),
        ["passphrasesDiffer"] = ("Kedua kata sandi tidak sama.", "The two passphrases differ."),
        ["passphraseWeak"] = ("Kata sandi terlalu lemah.", "The passphrase is too weak."),
        ["downloadStarted"] = ("Unduhan PKCS#12 dimulai. Simpan berkasnya: berkas ini tidak dapat diunduh lagi.", "The PKCS#12 download has started. Keep the file: it cannot be downloaded again."),
        ["notWaitingForEnrollment"] = ("Permohonan ini tidak sedang menunggu enrollment Anda.", "This request is not waiting for your enrollment."),
        ["certificateIssued"] = ("Sertifikat Anda telah terbit.", "Your certificate is issued."),
        ["downloadCertificate"] = ("Unduh sertifikat", "Download the certificate"),
        ["kind"] = ("Jenis", "Kind"),
        ["openInNewTab"] = ("Buka di tab baru", "Open in a new tab"),
        ["by"] = ("oleh", "by"),
    };
}
