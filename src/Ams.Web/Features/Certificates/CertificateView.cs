using Ams.Pki.Issuance;

namespace Ams.Web.Features.Certificates;

/// <summary>A holder's certificate as the API reports it (DESIGN.md §6): serial in lower-case hex, reason as its upper-case name.</summary>
public sealed record CertificateView(
    string SerialNumber,
    string SubjectDn,
    string Product,
    string Email,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    string Status,
    string? RevocationReason)
{
    /// <summary>From the certification authority's record.</summary>
    public static CertificateView From(CertificateInfo certificate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return new CertificateView(certificate.Serial.ToLowerInvariant(), certificate.SubjectDn, certificate.Profile, certificate.HolderEmail,
            certificate.NotBefore, certificate.NotAfter, certificate.StatusAt(now), certificate.RevocationReasonName);
    }
}
