namespace Ams.Pki.Ocsp;

/// <summary>The status of one certificate as answered (and the key of a cached response's validity).</summary>
/// <param name="Kind">good, revoked or unknown.</param>
/// <param name="RevokedAt">Revocation time (Unix ms) when revoked.</param>
/// <param name="ReasonCode">Reason code when revoked.</param>
internal readonly record struct OcspCertStatus(OcspCertStatusKind Kind, long RevokedAt = 0, int ReasonCode = 0)
{
    public static OcspCertStatus Good => new(OcspCertStatusKind.Good);

    public static OcspCertStatus Unknown => new(OcspCertStatusKind.Unknown);
}

/// <summary>CertStatus choices of RFC 6960.</summary>
internal enum OcspCertStatusKind
{
    Good,
    Revoked,
    Unknown,
}
