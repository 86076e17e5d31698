using Ams.Workflow.Engine.Storage;
using Ams.Workflow.Store.Rows;
using Microsoft.EntityFrameworkCore;

namespace Ams.Workflow.Store;

/// <summary>Process definitions: deploying a version, finding it by key, id and version, or by its message and signal start events.</summary>
public sealed partial class EfWorkflowStore
{
    /// <inheritdoc />
    public async Task<ProcessDefinitionRecord?> FindDefinitionAsync(Guid key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var id = Sql.Id(key);
        var row = await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.Key == id, cancellationToken);
        return row is null ? null : ToRecord(row);
    }

    /// <inheritdoc />
    public async Task<ProcessDefinitionRecord?> FindDefinitionAsync(string processId, int version, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Definitions.AsNoTracking().FirstOrDefaultAsync(d => d.ProcessId == processId && d.Version == version, cancellationToken);
        return row is null ? null : ToRecord(row);
    }

    /// <inheritdoc />
    public async Task<ProcessDefinitionRecord?> FindLatestDefinitionAsync(string processId, CancellationToken cancellationToken)
    {
        // Every instance start asks this: plain SQL rather than the query pipeline.
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await Sql.QueryAsync(connection,
            "SELECT key, process_id, name, version, xml, checksum, deployed_at, deployed_by FROM wf_definitions WHERE process_id = @p ORDER BY version DESC LIMIT 1",
            r => new ProcessDefinitionRecord(
                Guid.Parse(r.GetString(0)), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetInt32(3), r.GetString(4), r.GetString(5),
                Sql.At(r.GetInt64(6)), r.IsDBNull(7) ? null : r.GetString(7)),
            cancellationToken, ("@p", processId));
        return rows.FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ProcessDefinitionRecord>> ListDefinitionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Definitions.AsNoTracking().OrderByDescending(d => d.DeployedAt).ThenByDescending(d => d.Version).ToListAsync(cancellationToken);
        return rows.Select(ToRecord).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> TryAddDefinitionAsync(NewDefinition definition, CancellationToken cancellationToken)
    {
        var record = definition.Definition;
        using var gate = await writes.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Definitions.AnyAsync(d => d.ProcessId == record.ProcessId && d.Version == record.Version, cancellationToken))
        {
            return false;
        }

        var older = db.Definitions.Where(d => d.ProcessId == record.ProcessId).Select(d => d.Key);
        await db.Timers.Where(t => t.ProcessInstanceId == null && older.Contains(t.DefinitionKey)).ExecuteDeleteAsync(cancellationToken);
        await db.MessageStarts.Where(m => m.ProcessId == record.ProcessId).ExecuteDeleteAsync(cancellationToken);
        await db.SignalStarts.Where(m => m.ProcessId == record.ProcessId).ExecuteDeleteAsync(cancellationToken);
        db.Definitions.Add(new DefinitionRow
        {
            Key = Sql.Id(record.Key),
            ProcessId = record.ProcessId,
            Name = record.Name,
            Version = record.Version,
            Xml = record.Xml,
            Checksum = record.Checksum,
            DeployedAt = Sql.Ms(record.DeployedAt),
            DeployedBy = record.DeployedBy,
        });
        db.MessageStarts.AddRange(definition.MessageStartNames.Distinct().Select(name => new MessageStartRow
        {
            ProcessId = record.ProcessId,
            MessageName = name,
            DefinitionKey = Sql.Id(record.Key),
        }));
        db.SignalStarts.AddRange(definition.SignalStartNames.Distinct().Select(name => new SignalStartRow
        {
            ProcessId = record.ProcessId,
            SignalName = name,
            DefinitionKey = Sql.Id(record.Key),
        }));
        db.Timers.AddRange(definition.StartTimers.Select(t => new TimerRow
        {
            Key = Sql.Id(t.Key),
            DefinitionKey = Sql.Id(t.DefinitionKey),
            DueAt = Sql.Ms(t.DueAt),
            Json = InstanceSerializer.SerializeRecord(t),
        }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Guid>> FindMessageStartDefinitionsAsync(string messageName, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await Sql.QueryAsync(connection,
            "SELECT definition_key FROM wf_message_starts WHERE message_name = @n", r => Guid.Parse(r.GetString(0)), cancellationToken, ("@n", messageName));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Guid>> FindSignalStartDefinitionsAsync(string signalName, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await Sql.QueryAsync(connection,
            "SELECT definition_key FROM wf_signal_starts WHERE signal_name = @n", r => Guid.Parse(r.GetString(0)), cancellationToken, ("@n", signalName));
    }

    private static ProcessDefinitionRecord ToRecord(DefinitionRow row) =>
        new(Guid.Parse(row.Key), row.ProcessId, row.Name, row.Version, row.Xml, row.Checksum, Sql.At(row.DeployedAt), row.DeployedBy);
}
