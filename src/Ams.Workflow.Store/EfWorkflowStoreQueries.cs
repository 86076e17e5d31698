using System.Globalization;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ams.Workflow.Store;

/// <summary>Operators' views: instances, their history and incidents, and counts per element.</summary>
public sealed partial class EfWorkflowStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(Guid processInstanceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var id = Sql.Id(processInstanceId);
        var rows = await db.History.AsNoTracking().Where(h => h.ProcessInstanceId == id).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        return rows.Select(h => new HistoryEvent(
            Guid.Parse(h.ProcessInstanceId),
            (HistoryEventType)h.Type,
            h.ElementId,
            h.ElementInstanceKey is null ? null : Guid.Parse(h.ElementInstanceKey),
            h.Actor,
            Sql.At(h.At),
            h.Details)).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<IncidentRecord>> FindOpenIncidentsAsync(Guid? processInstanceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.Incidents.AsNoTracking().Where(i => i.State == (int)IncidentState.Open);
        if (processInstanceId is { } instanceId)
        {
            var id = Sql.Id(instanceId);
            rows = rows.Where(i => i.ProcessInstanceId == id);
        }

        var json = await rows.OrderByDescending(i => i.CreatedAt).Select(i => i.Json).ToListAsync(cancellationToken);
        return json.Select(InstanceSerializer.DeserializeRecord<IncidentRecord>).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<InstanceSummary>> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new SqlFilter();
        if (query.ProcessId is { } processId)
        {
            filter.Where("process_id = @process", ("@process", processId));
        }

        if (query.Version is { } version)
        {
            filter.Where("version = @version", ("@version", version));
        }

        if (query.State is { } state)
        {
            filter.Where("state = @state", ("@state", (int)state));
        }

        if (query.WithIncidents is { } withIncidents)
        {
            filter.Where("has_incident = @incident", ("@incident", withIncidents));
        }

        if (query.BusinessKey is { } businessKey)
        {
            filter.Where("business_key = @business", ("@business", businessKey));
        }

        var (sql, parameters) = filter.Build(
            "SELECT id, process_id, version, state, business_key, started_at, ended_at, has_incident FROM wf_instances", "ORDER BY started_at DESC, id LIMIT @limit OFFSET @offset", query.Limit);
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await Sql.QueryAsync(connection, sql, r => new InstanceSummary(
            Guid.Parse(r.GetString(0)), r.GetString(1), r.GetInt32(2), (ProcessInstanceState)r.GetInt32(3), r.IsDBNull(4) ? null : r.GetString(4),
            Sql.At(r.GetInt64(5)), r.IsDBNull(6) ? null : Sql.At(r.GetInt64(6)), r.GetBoolean(7)), cancellationToken, [.. parameters, ("@offset", Math.Max(query.Offset, 0))]);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ElementStatistics>> CountByElementAsync(string processId, int version, CancellationToken cancellationToken)
    {
        // Counted in the database: live tokens are read from each active instance's state JSON, incidents from
        // their own rows, both narrowed by the (process_id, version, state) index first.
        ArgumentNullException.ThrowIfNull(processId);
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await Sql.QueryAsync(connection,
            connections.Dialect.ElementStatistics,
            r => new ElementStatistics(r.GetString(0), Convert.ToInt32(r.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture)),
            cancellationToken,
            ("@process", processId), ("@version", version), ("@active", (int)ProcessInstanceState.Active), ("@open", (int)IncidentState.Open));
    }
}
