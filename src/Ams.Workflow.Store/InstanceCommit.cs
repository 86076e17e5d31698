using System.Data.Common;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Store;

/// <summary>
/// Writes one command's <see cref="InstanceChanges"/> inside an open transaction: the instance guarded by its
/// revision, the job lease it relies on, and every wait-state, incident and outbox row; its history is appended with
/// the rest of the batch's by <see cref="WriteHistoryAsync"/>.
/// </summary>
internal sealed class InstanceCommit(StatementCache statements, DbTransaction transaction)
{
    public async Task WriteAsync(InstanceChanges changes)
    {
        await WriteInstanceAsync(changes);
        await CheckLeaseAsync(changes);
        await ConsumeMessagesAsync(changes);
        await WriteTimersAsync(changes);
        foreach (var task in changes.UserTasks.Values)
        {
            await UpsertUserTaskAsync(task);
        }

        foreach (var job in changes.Jobs.Values)
        {
            if (!EndsLeasedJob(changes, job.Key))
            {
                await WriteJobAsync(job);
            }
        }

        foreach (var key in changes.SubscriptionsClosed)
        {
            await ExecAsync("DELETE FROM wf_subscriptions WHERE key = @k", ("@k", Sql.Id(key)));
        }

        foreach (var s in changes.SubscriptionsOpened.Values)
        {
            await ExecAsync(
                "INSERT INTO wf_subscriptions (key, process_instance_id, message_name, correlation_key, created_at, json) VALUES (@k, @i, @n, @c, @t, @j)",
                ("@k", Sql.Id(s.Key)), ("@i", Sql.Id(s.ProcessInstanceId)), ("@n", s.MessageName), ("@c", s.CorrelationKey), ("@t", Sql.Ms(s.CreatedAt)), ("@j", InstanceSerializer.SerializeRecord(s)));
        }

        await WriteSignalSubscriptionsAsync(changes);
        foreach (var incident in changes.Incidents.Values)
        {
            await ExecAsync(
                "INSERT INTO wf_incidents (key, process_instance_id, state, created_at, json) VALUES (@k, @i, @s, @t, @j) ON CONFLICT (key) DO UPDATE SET state = excluded.state, json = excluded.json",
                ("@k", Sql.Id(incident.Key)), ("@i", Sql.Id(incident.ProcessInstanceId)), ("@s", (int)incident.State), ("@t", Sql.Ms(incident.CreatedAt)), ("@j", InstanceSerializer.SerializeRecord(incident)));
        }

        foreach (var write in changes.HostWrites)
        {
            var storeWrite = write as StoreWrite ?? throw new NotSupportedException($"{write.GetType().Name} is not a write this store knows how to commit.");
            await storeWrite.WriteAsync(statements.Connection, transaction, changes.Instance.Id, CancellationToken.None);
        }

        foreach (var message in changes.Outbox)
        {
            await ExecAsync(
                "INSERT INTO wf_outbox (key, topic, payload, created_at, attempts, dead) VALUES (@k, @t, @p, @c, 0, FALSE)",
                ("@k", Sql.Id(message.Key)), ("@t", message.Topic), ("@p", message.Payload), ("@c", Sql.Ms(message.CreatedAt)));
        }
    }

    private async Task WriteInstanceAsync(InstanceChanges changes)
    {
        var instance = changes.Instance;
        var json = InstanceSerializer.Serialize(instance);
        if (changes.ExpectedRevision < 0)
        {
            await ExecAsync(
                "INSERT INTO wf_instances (id, definition_key, process_id, version, state, business_key, started_at, ended_at, revision, has_incident, state_json) VALUES (@id, @d, @p, @v, @s, @b, @st, @e, @r, @h, @j)",
                ("@id", Sql.Id(instance.Id)), ("@d", Sql.Id(instance.DefinitionKey)), ("@p", instance.ProcessId), ("@v", instance.Version), ("@s", (int)instance.State),
                ("@b", instance.BusinessKey), ("@st", Sql.Ms(instance.StartedAt)), ("@e", Sql.Ms(instance.EndedAt)), ("@r", instance.Revision), ("@h", instance.Incidents.Count > 0), ("@j", json));
            return;
        }

        var updated = await ExecAsync(
            "UPDATE wf_instances SET state = @s, ended_at = @e, revision = @r, has_incident = @h, state_json = @j WHERE id = @id AND revision = @expected",
            ("@s", (int)instance.State), ("@e", Sql.Ms(instance.EndedAt)), ("@r", instance.Revision), ("@h", instance.Incidents.Count > 0), ("@j", json),
            ("@id", Sql.Id(instance.Id)), ("@expected", changes.ExpectedRevision));
        if (updated == 0)
        {
            throw new ConcurrencyConflictException($"Process instance {instance.Id} was changed by another command.");
        }
    }

    private async Task CheckLeaseAsync(InstanceChanges changes)
    {
        if (changes.RequiredLease is not { } lease)
        {
            return;
        }

        if (EndsLeasedJob(changes, lease.JobKey))
        {
            // The job's row goes: deleting it only while the lease holds is the check and the write in one statement.
            var deleted = await ExecAsync(
                "DELETE FROM wf_jobs WHERE key = @k AND worker = @w AND state = @s",
                ("@k", Sql.Id(lease.JobKey)), ("@w", lease.Worker), ("@s", (int)JobState.Activated));
            if (deleted == 0)
            {
                throw new ConcurrencyConflictException($"Job {lease.JobKey} is no longer locked by {lease.Worker}.");
            }

            return;
        }

        var held = await statements.ScalarAsync(transaction,
            "SELECT COUNT(*) FROM wf_jobs WHERE key = @k AND worker = @w AND state = @s",
            ("@k", Sql.Id(lease.JobKey)), ("@w", lease.Worker), ("@s", (int)JobState.Activated));
        if (Convert.ToInt64(held, System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            throw new ConcurrencyConflictException($"Job {lease.JobKey} is no longer locked by {lease.Worker}.");
        }
    }

    private async Task ConsumeMessagesAsync(InstanceChanges changes)
    {
        foreach (var key in changes.MessagesConsumed)
        {
            if (await ExecAsync("DELETE FROM wf_buffered_messages WHERE key = @k", ("@k", Sql.Id(key))) == 0)
            {
                throw new ConcurrencyConflictException("A buffered message was taken by another command.");
            }
        }
    }

    private async Task WriteTimersAsync(InstanceChanges changes)
    {
        foreach (var key in changes.TimersRemoved)
        {
            var removed = await ExecAsync("DELETE FROM wf_timers WHERE key = @k", ("@k", Sql.Id(key)));
            if (removed == 0 && changes.ExpectedRevision < 0)
            {
                throw new ConcurrencyConflictException("The start timer has already fired.");
            }
        }

        foreach (var timer in changes.TimersCreated.Values)
        {
            await ExecAsync(
                "INSERT INTO wf_timers (key, process_instance_id, definition_key, due_at, json) VALUES (@k, @i, @d, @t, @j) ON CONFLICT (key) DO UPDATE SET due_at = excluded.due_at, json = excluded.json",
                ("@k", Sql.Id(timer.Key)), ("@i", timer.ProcessInstanceId is { } id ? Sql.Id(id) : null), ("@d", Sql.Id(timer.DefinitionKey)), ("@t", Sql.Ms(timer.DueAt)), ("@j", InstanceSerializer.SerializeRecord(timer)));
        }
    }

    private async Task WriteSignalSubscriptionsAsync(InstanceChanges changes)
    {
        foreach (var key in changes.SignalSubscriptionsClosed)
        {
            await ExecAsync("DELETE FROM wf_signal_subscriptions WHERE key = @k", ("@k", Sql.Id(key)));
        }

        foreach (var s in changes.SignalSubscriptionsOpened.Values)
        {
            await ExecAsync(
                "INSERT INTO wf_signal_subscriptions (key, process_instance_id, signal_name, created_at, json) VALUES (@k, @i, @n, @t, @j)",
                ("@k", Sql.Id(s.Key)), ("@i", Sql.Id(s.ProcessInstanceId)), ("@n", s.SignalName), ("@t", Sql.Ms(s.CreatedAt)), ("@j", InstanceSerializer.SerializeRecord(s)));
        }
    }

    private Task<int> UpsertUserTaskAsync(UserTaskRecord task) => ExecAsync(
        """
        INSERT INTO wf_user_tasks (key, process_instance_id, business_key, element_id, state, assignee, candidate_groups, candidate_users, due_at, priority, created_at, completed_by, json)
        VALUES (@k, @i, @b, @e, @s, @a, @g, @u, @d, @p, @c, @cb, @j)
        ON CONFLICT (key) DO UPDATE SET state = excluded.state, assignee = excluded.assignee, completed_by = excluded.completed_by, json = excluded.json
        """,
        ("@k", Sql.Id(task.Key)), ("@i", Sql.Id(task.ProcessInstanceId)), ("@b", task.BusinessKey), ("@e", task.ElementId), ("@s", (int)task.State), ("@a", task.Assignee),
        ("@g", Joined(task.CandidateGroups)), ("@u", Joined(task.CandidateUsers)), ("@d", Sql.Ms(task.DueAt)), ("@p", task.Priority), ("@c", Sql.Ms(task.CreatedAt)),
        ("@cb", task.CompletedBy), ("@j", InstanceSerializer.SerializeRecord(task)));

    private Task<int> WriteJobAsync(JobRecord job)
    {
        if (job.State is JobState.Completed or JobState.Canceled)
        {
            return ExecAsync("DELETE FROM wf_jobs WHERE key = @k", ("@k", Sql.Id(job.Key)));
        }

        return ExecAsync(
            """
            INSERT INTO wf_jobs (key, type, process_instance_id, state, retry_at, worker, locked_until, created_at, json)
            VALUES (@k, @t, @i, @s, @r, @w, @l, @c, @j)
            ON CONFLICT (key) DO UPDATE SET state = excluded.state, retry_at = excluded.retry_at, worker = excluded.worker, locked_until = excluded.locked_until, json = excluded.json
            """,
            ("@k", Sql.Id(job.Key)), ("@t", job.Type), ("@i", Sql.Id(job.ProcessInstanceId)), ("@s", (int)job.State), ("@r", Sql.Ms(job.RetryAt)),
            ("@w", job.Worker), ("@l", Sql.Ms(job.LockedUntil)), ("@c", Sql.Ms(job.CreatedAt)), ("@j", InstanceSerializer.SerializeRecord(job)));
    }

    /// <summary>
    /// Appends history rows: on SQLite one prepared row at a time (<see cref="SqliteHistoryInsert"/>), elsewhere all in
    /// one statement, one round trip (<see cref="StoreDialect.InsertHistory"/>). The group commit writes the history of
    /// all the batch's successful commands at once, after their savepoints: history rows have no constraint that could
    /// fail one command alone.
    /// </summary>
    public async Task WriteHistoryAsync(StoreDialect dialect, IReadOnlyList<HistoryEvent> history)
    {
        if (history.Count == 0)
        {
            return;
        }

        if (dialect.InsertHistory is { } bulk)
        {
            await ExecAsync(bulk, ("@rows", HistoryRowsJson.Of(history)));
        }
        else
        {
            statements.SqliteHistory.Append(history);
        }
    }

    /// <summary>The command ends the job whose lease it relies on (the job's row is deleted under the lease check).</summary>
    private static bool EndsLeasedJob(InstanceChanges changes, Guid jobKey) =>
        changes.RequiredLease?.JobKey == jobKey
        && changes.Jobs.TryGetValue(jobKey, out var job)
        && job.State is JobState.Completed or JobState.Canceled;

    private static string Joined(List<string> values) => "|" + string.Join('|', values) + "|";

    private Task<int> ExecAsync(string text, params (string Name, object? Value)[] parameters) =>
        statements.ExecuteAsync(transaction, text, parameters);
}
