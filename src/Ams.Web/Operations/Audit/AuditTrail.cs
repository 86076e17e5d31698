using Ams.Web.Features.Accounts;
using Ams.Web.Features.Requests;
using Ams.Web.Infrastructure.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Operations.Audit;

/// <summary>
/// The host's way into the audit log. <see cref="RecordAsync"/> appends in a transaction of its own, right after an
/// action succeeded; <see cref="InStep"/> appends with an engine step, in the step's transaction, so the action and its
/// entry commit together or not at all. The actor is the signed-in user and client address of the current HTTP
/// request, or the system on this node; it is taken when the event is recorded, never later.
/// </summary>
public sealed class AuditTrail(AmsDatabase database, IHttpContextAccessor http, AuditNode node, TimeProvider clock)
{
    /// <summary>Who acts now: the caller of the current request, else this node.</summary>
    public AuditActor CurrentActor() => http.HttpContext is { } context ? AuditActor.Of(context) : AuditActor.System(node.Name);

    /// <summary>Appends <paramref name="auditEvent"/> by the current actor.</summary>
    public Task<AuditEntry> RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken) =>
        RecordAsync(auditEvent, CurrentActor(), cancellationToken);

    /// <summary>Appends <paramref name="auditEvent"/> by <paramref name="actor"/>, in a transaction of its own.</summary>
    public async Task<AuditEntry> RecordAsync(AuditEvent auditEvent, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        ArgumentNullException.ThrowIfNull(actor);
        var at = clock.GetUtcNow();
        using var turn = await node.EnterAsync(database.Provider, cancellationToken);
        await using var db = new AmsDbContext(database.ProductOptions());
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entry = await AuditChain.AppendAsync(db, auditEvent, actor, at, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entry;
    }

    /// <summary>A write that appends <paramref name="auditEvent"/> by the current actor with an engine step (<c>alsoWrite</c>).</summary>
    public ProductWrite InStep(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var actor = CurrentActor();
        var at = clock.GetUtcNow();
        return new ProductWrite(database, async (db, _, cancellationToken) => await AuditChain.AppendAsync(db, auditEvent, actor, at, cancellationToken));
    }
}
