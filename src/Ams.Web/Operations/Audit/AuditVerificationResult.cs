namespace Ams.Web.Operations.Audit;

/// <summary>What a walk of the chain found: intact with its number of entries, or the first broken link.</summary>
/// <param name="Intact">True when every entry links to the one before and matches its hash.</param>
/// <param name="Entries">Entries verified before the first broken link (all of them when intact).</param>
/// <param name="BrokenSequence">The sequence number of the first broken entry.</param>
/// <param name="BrokenId">The id of the first broken entry.</param>
/// <param name="Problem">What is wrong with it.</param>
public sealed record AuditVerificationResult(bool Intact, long Entries, long? BrokenSequence, Guid? BrokenId, string? Problem)
{
    /// <summary>Every one of <paramref name="entries"/> entries verified.</summary>
    public static AuditVerificationResult Whole(long entries) => new(true, entries, null, null, null);

    /// <summary><paramref name="entry"/> broke the chain after <paramref name="verified"/> good entries.</summary>
    public static AuditVerificationResult BrokenAt(long verified, AuditEntry entry, string problem)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(false, verified, entry.Sequence, entry.Id, problem);
    }

    /// <summary>One line for people: "intact, N entries" or the first broken link.</summary>
    public string Summary => Intact
        ? $"intact, {Entries} entries"
        : $"broken at sequence {BrokenSequence} (entry {BrokenId}): {Problem} {Entries} entries before it are intact.";
}
