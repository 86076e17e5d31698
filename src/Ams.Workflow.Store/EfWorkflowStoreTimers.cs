using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ams.Workflow.Store;

/// <summary>Timers waiting to fire.</summary>
public sealed partial class EfWorkflowStore
{
    /// <inheritdoc />
    public async Task<TimerRecord?> FindTimerAsync(Guid key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var id = Sql.Id(key);
        var json = await db.Timers.AsNoTracking().Where(t => t.Key == id).Select(t => t.Json).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : InstanceSerializer.DeserializeRecord<TimerRecord>(json);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TimerRecord>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var at = Sql.Ms(now);
        var json = await db.Timers.AsNoTracking().Where(t => t.DueAt <= at).OrderBy(t => t.DueAt).Take(max).Select(t => t.Json).ToListAsync(cancellationToken);
        return json.Select(InstanceSerializer.DeserializeRecord<TimerRecord>).ToList();
    }
}
