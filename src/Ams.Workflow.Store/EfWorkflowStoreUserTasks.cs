using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Store;

/// <summary>User tasks for task lists.</summary>
public sealed partial class EfWorkflowStore
{
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
}
