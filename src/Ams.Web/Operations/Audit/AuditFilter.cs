using Ams.Web.Features.Accounts;

namespace Ams.Web.Operations.Audit;

/// <summary>Which entries <c>GET /api/audit</c> returns: a time range, an actor, an event type, a request, a certificate.</summary>
/// <param name="From">At or after (inclusive).</param>
/// <param name="To">Before (exclusive).</param>
/// <param name="Actor">The actor's user id, email or node name, exactly.</param>
/// <param name="Type">One of <see cref="AuditEventTypes"/>.</param>
/// <param name="Request">The holder's request.</param>
/// <param name="Serial">The certificate's serial, hex (case and colons ignored).</param>
public sealed record AuditFilter(DateTimeOffset? From, DateTimeOffset? To, string? Actor, string? Type, Guid? Request, string? Serial)
{
    /// <summary>The field that is wrong and why, or null when the filter can be applied.</summary>
    public (string Field, string Message)? Problem() =>
        Type is { } type && !AuditEventTypes.All.Contains(type)
            ? ("type", $"Unknown event type '{type}'; it is one of {string.Join(", ", AuditEventTypes.All)}.")
            : From is { } from && To is { } to && to <= from
                ? ("to", "The end of the range must come after its start.")
                : null;

    /// <summary>The entries of <paramref name="db"/> that pass, in chain order.</summary>
    public IQueryable<AuditEntry> Apply(AmsDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = db.AuditLog.AsQueryable();
        if (From is { } from)
        {
            query = query.Where(e => e.At >= from);
        }

        if (To is { } to)
        {
            query = query.Where(e => e.At < to);
        }

        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim();
            query = query.Where(e => e.ActorId == actor || e.ActorName == actor);
        }

        if (!string.IsNullOrWhiteSpace(Type))
        {
            query = query.Where(e => e.EventType == Type);
        }

        if (Request is { } request)
        {
            query = query.Where(e => e.RequestId == request);
        }

        if (!string.IsNullOrWhiteSpace(Serial))
        {
            var serial = Serial.Replace(":", "", StringComparison.Ordinal).Trim().ToLowerInvariant();
            query = query.Where(e => e.SerialNumber == serial);
        }

        return query.OrderBy(e => e.Sequence);
    }
}
