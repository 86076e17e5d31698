using Ams.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Operations.Audit;

/// <summary>
/// Appends to the chain inside the caller's transaction. Appends take turns, so that each reads the true last entry
/// and no two entries claim the same predecessor (a fork): on PostgreSQL with an advisory lock held to the end of the
/// transaction, which every node of the database shares; on SQLite the transaction is already the file's one writer
/// (<c>BEGIN IMMEDIATE</c>). The unique sequence number refuses a fork even if that ever failed.
/// </summary>
public static class AuditChain
{
    /// <summary>The advisory lock key of audit appends (an arbitrary constant: "AMS" and a number).</summary>
    public const long LockKey = 0x414D53_0A0D;

    /// <summary>Writes the next entry on <paramref name="db"/>, whose connection is in a transaction the caller commits.</summary>
    public static async Task<AuditEntry> AppendAsync(AmsDbContext db, AuditEvent auditEvent, AuditActor actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An audit entry is appended inside a transaction, so that the lock holds until it commits.");
        }

        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        }

        var last = await db.AuditLog.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        var entry = AuditEntry.Next(last, auditEvent, actor, at);
        db.AuditLog.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }
}
