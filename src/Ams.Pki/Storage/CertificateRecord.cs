using Ams.Pki.Revocation;

namespace Ams.Pki.Storage;

/// <summary>A certificate issued by the CA, with its revocation state. Guards its own transitions.</summary>
public sealed class CertificateRecord
{
    /// <summary>Row id.</summary>
    public long Id { get; set; }

    /// <summary>Serial number, lower-case hex without leading zeros (unique).</summary>
    public string Serial { get; set; } = string.Empty;

    /// <summary>Subject DN in the seed's display form.</summary>
    public string SubjectDn { get; set; } = string.Empty;

    /// <summary>Holder's email address, lower case.</summary>
    public string HolderEmail { get; set; } = string.Empty;

    /// <summary>Profile (product) name.</summary>
    public string Profile { get; set; } = string.Empty;

    /// <summary>Start of validity.</summary>
    public DateTimeOffset NotBefore { get; set; }

    /// <summary>End of validity.</summary>
    public DateTimeOffset NotAfter { get; set; }

    /// <summary>When the certificate was issued.</summary>
    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>The DER-encoded certificate.</summary>
    public byte[] Der { get; set; } = [];

    /// <summary>Revocation time, null while not revoked.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>Revocation reason code, null while not revoked.</summary>
    public int? ReasonCode { get; set; }

    /// <summary>Invalidity date (when the key is known or suspected to have been compromised), if given.</summary>
    public DateTimeOffset? InvalidityDate { get; set; }

    /// <summary>
    /// Applies a revocation: a first revocation with an allowed reason, or raising an existing one to
    /// KEY_COMPROMISE (the original revocation time is kept). Anything else is refused.
    /// </summary>
    /// <returns>Null when applied, else why not.</returns>
    internal PkiError? Revoke(RevocationReason reason, RevocationActor actor, DateTimeOffset now, DateTimeOffset? invalidityDate)
    {
        if (RevocationReasons.CheckAllowed(reason, actor) is { } refused)
        {
            return refused;
        }

        if (invalidityDate is { } date && date > now)
        {
            return new PkiError(PkiErrorCode.InvalidRequest, "The invalidity date may not lie in the future.");
        }

        if (RevokedAt is { } revokedAt)
        {
            var current = (RevocationReason)(ReasonCode ?? 0);
            if (reason != RevocationReason.KeyCompromise || current == RevocationReason.KeyCompromise)
            {
                return new PkiError(PkiErrorCode.AlreadyRevoked,
                    $"The certificate {Serial} is already revoked ({RevocationReasons.ToName(current)} at {revokedAt:u}); " +
                    "only raising the reason to KEY_COMPROMISE is possible.");
            }

            ReasonCode = (int)reason;
            InvalidityDate = invalidityDate ?? InvalidityDate;
            return null;
        }

        RevokedAt = TruncateToSeconds(now);
        ReasonCode = (int)reason;
        InvalidityDate = invalidityDate is { } given ? TruncateToSeconds(given) : null;
        return null;
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset value) =>
        DateTimeOffset.FromUnixTimeSeconds(value.ToUnixTimeSeconds());
}
