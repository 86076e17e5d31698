using Ams.Pki.Revocation;

namespace Ams.Pki.Issuance;

/// <summary>An issued certificate and its revocation state.</summary>
/// <param name="Serial">Serial number, lower-case hex.</param>
/// <param name="SubjectDn">Subject DN in the seed's display form (<c>C=ID, ST=..., OID.2.5.4.13=...</c>).</param>
/// <param name="HolderEmail">Holder's email address.</param>
/// <param name="Profile">Profile (product) name.</param>
/// <param name="NotBefore">Start of validity.</param>
/// <param name="NotAfter">End of validity.</param>
/// <param name="Der">The certificate, DER.</param>
/// <param name="RevokedAt">Revocation time, null when not revoked.</param>
/// <param name="RevocationReason">Revocation reason, null when not revoked.</param>
/// <param name="InvalidityDate">Invalidity date given at revocation, if any.</param>
public sealed record CertificateInfo(
    string Serial,
    string SubjectDn,
    string HolderEmail,
    string Profile,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    byte[] Der,
    DateTimeOffset? RevokedAt,
    RevocationReason? RevocationReason,
    DateTimeOffset? InvalidityDate)
{
    /// <summary>Whether the certificate is revoked.</summary>
    public bool IsRevoked => RevokedAt is not null;

    /// <summary>The revocation reason's upper-case name (e.g. <c>KEY_COMPROMISE</c>), null when not revoked.</summary>
    public string? RevocationReasonName => RevocationReason is { } reason ? RevocationReasons.ToName(reason) : null;

    /// <summary>The certificate, PEM.</summary>
    public string Pem => System.Security.Cryptography.PemEncoding.WriteString("CERTIFICATE", Der);

    /// <summary><c>valid</c>, <c>revoked</c> or <c>expired</c> at <paramref name="now"/>.</summary>
    /// <param name="now">The current time.</param>
    public string StatusAt(DateTimeOffset now) => IsRevoked ? "revoked" : now > NotAfter ? "expired" : "valid";

    internal static CertificateInfo From(Storage.CertificateRecord record) => new(
        record.Serial, record.SubjectDn, record.HolderEmail, record.Profile, record.NotBefore, record.NotAfter, record.Der,
        record.RevokedAt, record.ReasonCode is { } code ? (RevocationReason)code : null, record.InvalidityDate);
}
