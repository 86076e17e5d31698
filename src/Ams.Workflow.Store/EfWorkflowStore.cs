using System.Data.Common;
using System.Globalization;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
using Ams.Workflow.Store.Rows;
using Microsoft.EntityFrameworkCore;

namespace Ams.Workflow.Store;

/// <summary>
/// The engine's store on EF Core (SQLite by default). Reads go through EF; the per-command write path is
/// parameterised SQL in one immediate transaction, so a command costs a handful of statements and one commit.
/// </summary>
public sealed class EfWorkflowStore : IWorkflowStore
{
    private readonly IDbContextFactory<WorkflowDbContext> contexts;
    private readonly SemaphoreSlim? writes;
    private readonly GroupCommit[] commits;
    private readonly DirectConnections connections;

    /// <summary>Creates the store over a context factory.</summary>
    public EfWorkflowStore(IDbContextFactory<WorkflowDbContext> contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        this.contexts = contexts;
        using var db = contexts.CreateDbContext();
        connections = new DirectConnections(db);
        writes = connections.Dialect.SingleWriter ? WriteGate.For(connections.ConnectionString) : null;
        commits = GroupCommit.For(connections.ConnectionString, connections.Dialect);
    }

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
    public async Task<bool> TryAddDecisionResourceAsync(DecisionResourceRecord resource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        using var gate = await writes.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.DecisionResources.AnyAsync(d => d.DecisionRequirementsId == resource.DecisionRequirementsId && d.Version == resource.Version, cancellationToken))
        {
            return false;
        }

        var key = Sql.Id(resource.Key);
        db.DecisionResources.Add(new DecisionResourceRow
        {
            Key = key,
            DecisionRequirementsId = resource.DecisionRequirementsId,
            Name = resource.Name,
            Version = resource.Version,
            ResourceName = resource.ResourceName,
            Xml = resource.Xml,
            Checksum = resource.Checksum,
            DeployedAt = Sql.Ms(resource.DeployedAt),
        });
        db.Decisions.AddRange(resource.DecisionIds.Distinct().Select(id => new DecisionRow
        {
            DecisionId = id,
            ResourceKey = key,
            DeployedAt = Sql.Ms(resource.DeployedAt),
            Version = resource.Version,
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
    public async Task<DecisionResourceRecord?> FindDecisionResourceAsync(Guid key, CancellationToken cancellationToken)
    {
        var id = Sql.Id(key);
        return await FindDecisionResourceAsync(rows => rows.Where(r => r.Key == id), cancellationToken);
    }

    /// <inheritdoc />
    public Task<DecisionResourceRecord?> FindDecisionResourceAsync(string decisionRequirementsId, int version, CancellationToken cancellationToken) =>
        FindDecisionResourceAsync(rows => rows.Where(r => r.DecisionRequirementsId == decisionRequirementsId && r.Version == version), cancellationToken);

    /// <inheritdoc />
    public Task<DecisionResourceRecord?> FindLatestDecisionResourceAsync(string decisionRequirementsId, CancellationToken cancellationToken) =>
        FindDecisionResourceAsync(rows => rows.Where(r => r.DecisionRequirementsId == decisionRequirementsId).OrderByDescending(r => r.Version), cancellationToken);

    /// <inheritdoc />
    public async Task<DecisionResourceRecord?> FindLatestDecisionResourceByDecisionIdAsync(string decisionId, CancellationToken cancellationToken)
    {
        string? key;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            key = await db.Decisions.AsNoTracking().Where(d => d.DecisionId == decisionId)
                .OrderByDescending(d => d.DeployedAt).ThenByDescending(d => d.ResourceKey).Select(d => d.ResourceKey).FirstOrDefaultAsync(cancellationToken);
        }

        return key is null ? null : await FindDecisionResourceAsync(rows => rows.Where(r => r.Key == key), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DecisionResourceRecord>> ListDecisionResourcesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.DecisionResources.AsNoTracking().OrderByDescending(d => d.DeployedAt).ThenByDescending(d => d.Version).ToListAsync(cancellationToken);
        var decisions = await db.Decisions.AsNoTracking().ToListAsync(cancellationToken);
        var byResource = decisions.ToLookup(d => d.ResourceKey, d => d.DecisionId);
        return rows.Select(r => ToRecord(r, byResource[r.Key].Order(StringComparer.Ordinal).ToList())).ToList();
    }

    private async Task<DecisionResourceRecord?> FindDecisionResourceAsync(Func<IQueryable<DecisionResourceRow>, IQueryable<DecisionResourceRow>> query, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await query(db.DecisionResources.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var ids = await db.Decisions.AsNoTracking().Where(d => d.ResourceKey == row.Key).Select(d => d.DecisionId).ToListAsync(cancellationToken);
        return ToRecord(row, ids.Order(StringComparer.Ordinal).ToList());
    }

    private static DecisionResourceRecord ToRecord(DecisionResourceRow row, IReadOnlyList<string> decisionIds) =>
        new(Guid.Parse(row.Key), row.DecisionRequirementsId, row.Name, row.Version, row.ResourceName, row.Xml, row.Checksum, decisionIds, Sql.At(row.DeployedAt));

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

    /// <inheritdoc />
    public async Task<IReadOnlyList<SignalSubscriptionRecord>> FindSignalSubscriptionsAsync(string signalName, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var json = await Sql.QueryAsync(connection,
            "SELECT json FROM wf_signal_subscriptions WHERE signal_name = @n ORDER BY created_at",
            r => r.GetString(0), cancellationToken, ("@n", signalName));
        return json.Select(InstanceSerializer.DeserializeRecord<SignalSubscriptionRecord>).ToList();
    }

    /// <inheritdoc />
    public async Task<ProcessInstance?> LoadInstanceAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null, "SELECT state_json FROM wf_instances WHERE id = @id", ("@id", Sql.Id(id)));
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? InstanceSerializer.Deserialize(json) : null;
    }

    /// <inheritdoc />
    public async Task CommitAsync(InstanceChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await GroupCommit.LaneOf(commits, changes.Instance.Id).CommitAsync([changes], () => connections.OpenAsync(CancellationToken.None), cancellationToken);
    }

    /// <inheritdoc />
    public async Task CommitTogetherAsync(IReadOnlyList<InstanceChanges> changes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(changes.Count);
        var first = changes.MinBy(c => c.Instance.Id)!;
        await GroupCommit.LaneOf(commits, first.Instance.Id).CommitAsync(changes, () => connections.OpenAsync(CancellationToken.None), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<UserTaskRecord?> FindUserTaskAsync(Guid key, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var json = await Sql.QueryAsync(connection,
            "SELECT json FROM wf_user_tasks WHERE key = @k", r => r.GetString(0), cancellationToken, ("@k", Sql.Id(key)));
        return json.Count == 0 ? null : InstanceSerializer.DeserializeRecord<UserTaskRecord>(json[0]);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<UserTaskRecord>> QueryUserTasksAsync(UserTaskQuery query, CancellationToken cancellationToken)
    {
        // The inbox's query, asked on every refresh: plain SQL built from the filters, every value a parameter.
        ArgumentNullException.ThrowIfNull(query);
        var filter = new SqlFilter();
        if (query.State is { } state)
        {
            filter.Where("state = @state", ("@state", (int)state));
        }

        if (query.ProcessInstanceId is { } instanceId)
        {
            filter.Where("process_instance_id = @instance", ("@instance", Sql.Id(instanceId)));
        }

        if (query.BusinessKey is { } businessKey)
        {
            filter.Where("business_key = @business", ("@business", businessKey));
        }

        if (query.Assignee is { } assignee)
        {
            filter.Where("assignee = @assignee", ("@assignee", assignee));
        }

        if (query.CompletedBy is { } completedBy)
        {
            filter.Where("completed_by = @completed", ("@completed", completedBy));
        }

        if (query.CandidateUser is { } user)
        {
            var groups = string.Concat(query.CandidateGroups.Select((_, i) => $" OR candidate_groups LIKE @g{i}"));
            filter.Where(
                $"(assignee = @user OR (assignee IS NULL AND (candidate_users LIKE @userPattern{groups})))",
                [("@user", user), ("@userPattern", "%|" + user + "|%"), .. query.CandidateGroups.Select((g, i) => ($"@g{i}", (object?)("%|" + g + "|%")))]);
        }

        var (sql, parameters) = filter.Build("SELECT json FROM wf_user_tasks", "ORDER BY priority DESC, due_at IS NULL, due_at, created_at LIMIT @limit", query.Limit);
        await using var connection = await connections.OpenAsync(cancellationToken);
        var json = await Sql.QueryAsync(connection, sql, r => r.GetString(0), cancellationToken, parameters);
        return json.Select(InstanceSerializer.DeserializeRecord<UserTaskRecord>).ToList();
    }

    /// <inheritdoc />
    public async Task<JobRecord?> FindJobAsync(Guid key, CancellationToken cancellationToken)
    {
        // On every job completion's path: plain SQL, no query pipeline.
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null, $"SELECT {JobColumns} FROM wf_jobs WHERE key = @key", ("@key", Sql.Id(key)));
        return (await ReadJobsAsync(command, cancellationToken)).FirstOrDefault();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<JobRecord>> ActivateJobsAsync(string type, int maxJobs, string worker, DateTimeOffset lockedUntil, DateTimeOffset now, CancellationToken cancellationToken) =>
        LeaseAsync("type = @type", ("@type", type), maxJobs, worker, lockedUntil, now, cancellationToken);

    /// <inheritdoc />
    public async Task<JobRecord?> ActivateJobAsync(Guid key, string worker, DateTimeOffset lockedUntil, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await LeaseAsync("key = @key", ("@key", Sql.Id(key)), 1, worker, lockedUntil, now, cancellationToken)).FirstOrDefault();

    /// <inheritdoc />
    public async Task<bool> RenewJobLeaseAsync(Guid key, string worker, DateTimeOffset lockedUntil, CancellationToken cancellationToken) =>
        await UpdateJobsAsync(
            "UPDATE wf_jobs SET locked_until = @until WHERE key = @key AND worker = @worker AND state = @activated",
            cancellationToken, ("@until", Sql.Ms(lockedUntil)), ("@key", Sql.Id(key)), ("@worker", worker), ("@activated", (int)JobState.Activated)) == 1;

    /// <inheritdoc />
    public Task<int> ReleaseJobLeasesAsync(string worker, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateJobsAsync(
            "UPDATE wf_jobs SET locked_until = @now WHERE worker = @worker AND state = @activated AND locked_until > @now",
            cancellationToken, ("@now", Sql.Ms(now)), ("@worker", worker), ("@activated", (int)JobState.Activated));

    private async Task<int> UpdateJobsAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] values)
    {
        using var gate = await writes.EnterAsync(cancellationToken);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JobRecord>> FindActivatableJobsAsync(IReadOnlyCollection<string> types, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var at = Sql.Ms(now);
        var rows = await db.Jobs.AsNoTracking()
            .Where(j => types.Contains(j.Type)
                && ((j.State == (int)JobState.Activatable && (j.RetryAt == null || j.RetryAt <= at))
                    || (j.State == (int)JobState.Activated && j.LockedUntil <= at)))
            .OrderBy(j => j.CreatedAt)
            .Take(max)
            .ToListAsync(cancellationToken);
        return rows.Select(ToJob).ToList();
    }

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

    /// <inheritdoc />
    public async Task<IReadOnlyList<MessageSubscriptionRecord>> FindSubscriptionsAsync(string messageName, string correlationKey, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var json = await Sql.QueryAsync(connection,
            "SELECT json FROM wf_subscriptions WHERE message_name = @n AND correlation_key = @c ORDER BY created_at",
            r => r.GetString(0), cancellationToken, ("@n", messageName), ("@c", correlationKey));
        return json.Select(InstanceSerializer.DeserializeRecord<MessageSubscriptionRecord>).ToList();
    }

    /// <inheritdoc />
    public async Task AddBufferedMessageAsync(BufferedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var gate = await writes.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.BufferedMessages.Add(new BufferedMessageRow
        {
            Key = Sql.Id(message.Key),
            Name = message.Name,
            CorrelationKey = message.CorrelationKey,
            Variables = message.Variables,
            ExpiresAt = Sql.Ms(message.ExpiresAt),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<BufferedMessage?> FindBufferedMessageAsync(string messageName, string correlationKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Asked whenever a message subscription opens: plain SQL.
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await Sql.QueryAsync(connection,
            "SELECT key, name, correlation_key, variables, expires_at FROM wf_buffered_messages WHERE name = @n AND correlation_key = @c AND expires_at > @at ORDER BY expires_at LIMIT 1",
            r => new BufferedMessage(Guid.Parse(r.GetString(0)), r.GetString(1), r.GetString(2), r.GetString(3), Sql.At(r.GetInt64(4))),
            cancellationToken, ("@n", messageName), ("@c", correlationKey), ("@at", Sql.Ms(now)));
        return rows.FirstOrDefault();
    }

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

    private async Task<IReadOnlyList<JobRecord>> LeaseAsync(
        string filter,
        (string Name, object? Value) filterValue,
        int maxJobs,
        string worker,
        DateTimeOffset lockedUntil,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        using var gate = await writes.EnterAsync(cancellationToken);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = Sql.Command(connection, transaction,
            $"""
            UPDATE wf_jobs SET state = @activated, worker = @worker, locked_until = @until
            WHERE key IN (
                SELECT key FROM wf_jobs
                WHERE {filter}
                  AND ((state = @activatable AND (retry_at IS NULL OR retry_at <= @now)) OR (state = @activated AND locked_until <= @now))
                ORDER BY created_at
                LIMIT @max
                {connections.Dialect.LockForLease})
            RETURNING {JobColumns}
            """,
            filterValue, ("@activated", (int)JobState.Activated), ("@activatable", (int)JobState.Activatable), ("@worker", worker),
            ("@until", Sql.Ms(lockedUntil)), ("@now", Sql.Ms(now)), ("@max", maxJobs));
        var leased = await ReadJobsAsync(command, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return leased;
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

    private const string JobColumns = "key, type, process_instance_id, state, retry_at, worker, locked_until, created_at, json";

    private static async Task<List<JobRecord>> ReadJobsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var jobs = new List<JobRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            jobs.Add(ToJob(new JobRow
            {
                Key = reader.GetString(0),
                Type = reader.GetString(1),
                ProcessInstanceId = reader.GetString(2),
                State = reader.GetInt32(3),
                RetryAt = reader.IsDBNull(4) ? null : reader.GetInt64(4),
                Worker = reader.IsDBNull(5) ? null : reader.GetString(5),
                LockedUntil = reader.IsDBNull(6) ? null : reader.GetInt64(6),
                CreatedAt = reader.GetInt64(7),
                Json = reader.GetString(8),
            }));
        }

        return jobs;
    }

    private static JobRecord ToJob(JobRow row)
    {
        var job = InstanceSerializer.DeserializeRecord<JobRecord>(row.Json);
        job.State = (JobState)row.State;
        job.Worker = row.Worker;
        job.LockedUntil = row.LockedUntil is { } until ? Sql.At(until) : null;
        job.RetryAt = row.RetryAt is { } retry ? Sql.At(retry) : null;
        return job;
    }

    private static ProcessDefinitionRecord ToRecord(DefinitionRow row) =>
        new(Guid.Parse(row.Key), row.ProcessId, row.Name, row.Version, row.Xml, row.Checksum, Sql.At(row.DeployedAt), row.DeployedBy);
}
