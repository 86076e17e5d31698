using Ams.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Operations.Audit;

/// <summary>
/// Walks the chain from the first entry: each must have the next sequence number, name the hash of the one before and
/// hash to what it says. The first entry that does not is the first broken link; everything before it is intact.
/// </summary>
public static class AuditVerification
{
    /// <summary>Verifies the whole log, reading it in sequence order without holding it in memory.</summary>
    public static async Task<AuditVerificationResult> VerifyAsync(AmsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var expectedSequence = 1L;
        var previousHash = AuditEntry.GenesisHash;
        await foreach (var entry in db.AuditLog.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var problem = entry.Sequence != expectedSequence
                ? $"Sequence number {entry.Sequence} where {expectedSequence} was expected: an entry is missing or was inserted."
                : entry.PreviousHash != previousHash
                    ? "It does not name the hash of the entry before: an entry before it was removed or replaced."
                    : entry.ComputeHash() != entry.Hash
                        ? "Its content does not match its hash: the entry was changed."
                        : null;
            if (problem is not null)
            {
                return AuditVerificationResult.BrokenAt(expectedSequence - 1, entry, problem);
            }

            previousHash = entry.Hash;
            expectedSequence++;
        }

        return AuditVerificationResult.Whole(expectedSequence - 1);
    }
}
