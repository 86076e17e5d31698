namespace Ams.Pki.Storage;

/// <summary>The single row holding the CRL number counter and the publication schedule.</summary>
public sealed class CrlStateRecord
{
    /// <summary>Always 1.</summary>
    public int Id { get; set; } = 1;

    /// <summary>Number of the last published CRL (0 before the first).</summary>
    public long CrlNumber { get; set; }

    /// <summary>thisUpdate of the last published CRL.</summary>
    public DateTimeOffset? LastPublishedAt { get; set; }

    /// <summary>Time of the first revocation not yet in a published CRL, null when none.</summary>
    public DateTimeOffset? PendingSince { get; set; }

    /// <summary>Number of revocations (and reason changes) so far.</summary>
    public long RevocationCount { get; set; }

    /// <summary>Value of <see cref="RevocationCount"/> covered by the last published CRL.</summary>
    public long PublishedRevocationCount { get; set; }

    /// <summary>The last published CRL (DER), served by every node.</summary>
    public byte[]? CurrentCrl { get; set; }
}
