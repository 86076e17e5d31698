namespace Ams.Web.Infrastructure.Localization;

/// <summary>The holder's pages: certificates and requests, their statuses and reasons in words, notices after a form.</summary>
public static partial class Texts
{
    private static Dictionary<string, (string Id, string En)> HolderWords() => new(StringComparer.Ordinal)
    {
        ["validUntilColumn"] = ("Akhir Masa Berlaku", "End of validity"),
        ["validUntil"] = ("Berlaku Sampai", "Valid until"),
        ["status"] = ("Status", "Status"),
        ["certificateInfo"] = ("Info Sertifikat", "Certificate information"),
        ["verifiedByOp"] = ("Diverifikasi oleh Petugas OP", "Verified by an OP officer"),
        ["product"] = ("Produk", "Product"),
        ["confirmRevoke"] = ("Cabut sertifikat ini? Pencabutan tidak dapat dibatalkan.", "Revoke this certificate? A revocation cannot be undone."),
        ["requestInProgress"] = ("Permohonan untuk sertifikat ini sedang diproses.", "A request for this certificate is in progress."),

        // Holder pages: what each status means, the reasons in words, notices after a form, empty lists
        ["certificateStatus:valid"] = ("berlaku", "valid"),
        ["certificateStatus:revoked"] = ("dicabut", "revoked"),
        ["certificateStatus:expired"] = ("kedaluwarsa", "expired"),
        ["certificateStatus:revocation-requested"] = ("pencabutan diajukan", "revocation requested"),
        ["requestKind:issue"] = ("penerbitan", "issuance"),
        ["requestKind:revoke"] = ("pencabutan", "revocation"),
        ["verificationStatus:pending"] = ("menunggu verifikasi", "awaiting verification"),
        ["verificationStatus:approved"] = ("disetujui", "approved"),
        ["verificationStatus:rejected"] = ("ditolak", "rejected"),
        ["enrollmentStatus:not-carried-out"] = ("tidak dilanjutkan", "not carried out"),
        ["enrollmentStatus:pending"] = ("menunggu enrollment", "awaiting enrollment"),
        ["enrollmentStatus:success"] = ("berhasil", "succeeded"),
        ["enrollmentStatus:failed"] = ("gagal", "failed"),
        ["enrollmentStatus:expired"] = ("kedaluwarsa", "expired"),
        ["reason:UNSPECIFIED"] = ("Tidak disebutkan", "Unspecified"),
        ["reason:KEY_COMPROMISE"] = ("Kunci dikompromikan", "Key compromised"),
        ["reason:CA_COMPROMISE"] = ("CA dikompromikan", "CA compromised"),
        ["reason:AFFILIATION_CHANGED"] = ("Perubahan afiliasi", "Affiliation changed"),
        ["reason:SUPERSEDED"] = ("Digantikan sertifikat baru", "Superseded by a new certificate"),
        ["reason:CESSATION_OF_OPERATION"] = ("Penghentian kegiatan", "Cessation of operation"),
        ["reason:CERTIFICATE_HOLD"] = ("Ditangguhkan sementara", "Put on hold"),
        ["reason:REMOVE_FROM_CRL"] = ("Dikeluarkan dari CRL", "Removed from the CRL"),
        ["reason:PRIVILEGE_WITHDRAWN"] = ("Hak dicabut", "Privilege withdrawn"),
        ["reason:AA_COMPROMISE"] = ("AA dikompromikan", "Attribute authority compromised"),
        ["number"] = ("Nomor", "Number"),
        ["revocationReason"] = ("Alasan pencabutan", "Revocation reason"),
        ["revokedAt"] = ("Tanggal pencabutan", "Revoked on"),
        ["revocationFiled"] = ("Permohonan pencabutan {0} untuk sertifikat {1} telah diajukan dan menunggu verifikasi Petugas OP.", "Revocation request {0} for certificate {1} was filed and awaits an OP officer's verification."),
        ["applicationFiledNumbered"] = ("Permohonan penerbitan {0} telah diterima dan menunggu verifikasi Petugas OP.", "Application {0} was received and awaits an OP officer's verification."),
        ["requestInProgressNumbered"] = ("Permohonan {0} untuk sertifikat ini sedang diproses.", "Request {0} for this certificate is in progress."),
        ["revokeReasonRefused"] = ("Alasan ini tidak dapat dipilih oleh pemegang sertifikat.", "A holder may not choose this reason."),
        ["revokeConflict"] = ("Sertifikat ini sudah dicabut, atau permohonan untuknya sedang diproses.", "This certificate is already revoked, or a request for it is in progress."),
        ["noCertificates"] = ("Anda belum memiliki sertifikat.", "You have no certificates yet."),
    };
}
