using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Storage;

/// <summary>
/// A store in process memory, with the same transactional and concurrency rules as the database stores:
/// instances are kept serialized, so nothing a command holds is shared with what another reads.
/// For tests and single-process tools; nothing survives the process.
/// </summary>
public sealed class InMemoryWorkflowStore : IWorkflowStore
{
    private readonly Lock gate = new();
    private readonly List<ProcessDefinitionRecord> definitions = [];
    private readonly Dictionary<string, List<string>> messageStarts = [];
    private readonly List<DecisionResourceRecord> decisionResources = [];
    private readonly Dictionary<string, List<string>> signalStarts = [];
    private readonly Dictionary<Guid, (string Json, long Revision)> instances = [];
    private readonly Dictionary<Guid, string> userTasks = [];
    private readonly Dictionary<Guid, JobRecord> jobs = [];
    private readonly Dictionary<Guid, TimerRecord> timers = [];
    private readonly Dictionary<Guid, MessageSubscriptionRecord> subscriptions = [];
    private readonly Dictionary<Guid, SignalSubscriptionRecord> signalSubscriptions = [];
    private readonly Dictionary<Guid, IncidentRecord> incidents = [];
    private readonly List<HistoryEvent> history = [];
    private readonly List<BufferedMessage> buffered = [];

    /// <summary>Outbox rows written so far.</summary>
    public List<OutboxMessage> Outbox { get; } = [];

    /// <inheritdoc />
    public Task<ProcessDefinitionRecord?> FindDefinitionAsync(Guid key, CancellationToken cancellationToken) =>
        Read(() => definitions.Find(d => d.Key == key));

    /// <inheritdoc />
    public Task<ProcessDefinitionRecord?> FindLatestDefinitionAsync(string processId, CancellationToken cancellationToken) =>
        Read(() => definitions.Where(d => d.ProcessId == processId).MaxBy(d => d.Version));

    /// <inheritdoc />
    public Task<ProcessDefinitionRecord?> FindDefinitionAsync(string processId, int version, CancellationToken cancellationToken) =>
        Read(() => definitions.FirstOrDefault(d => d.ProcessId == processId && d.Version == version));

    /// <inheritdoc />
    public Task<IReadOnlyList<ProcessDefinitionRecord>> ListDefinitionsAsync(CancellationToken cancellationToken) =>
        Read<IReadOnlyList<ProcessDefinitionRecord>>(() => definitions.OrderByDescending(d => d.DeployedAt).ThenByDescending(d => d.Version).ToList());

    /// <inheritdoc />
    public Task<bool> TryAddDefinitionAsync(NewDefinition definition, CancellationToken cancellationToken) => Read(() =>
    {
        var record = definition.Definition;
        if (definitions.Exists(d => d.ProcessId == record.ProcessId && d.Version == record.Version))
        {
            return false;
        }

        var older = definitions.Where(d => d.ProcessId == record.ProcessId).Select(d => d.Key).ToHashSet();
        foreach (var timer in timers.Values.Where(t => t.ProcessInstanceId is null && older.Contains(t.DefinitionKey)).ToList())
        {
            timers.Remove(timer.Key);
        }

        definitions.Add(record);
        messageStarts[record.ProcessId] = definition.MessageStartNames.ToList();
        signalStarts[record.ProcessId] = definition.SignalStartNames.ToList();
        foreach (var timer in definition.StartTimers)
        {
            timers[timer.Key] = timer;
        }

        return true;
    });

    /// <inheritdoc />
    public Task<bool> TryAddDecisionResourceAsync(DecisionResourceRecord resource, CancellationToken cancellationToken) => Read(() =>
    {
        ArgumentNullException.ThrowIfNull(resource);
        if (decisionResources.Exists(r => r.DecisionRequirementsId == resource.DecisionRequirementsId && r.Version == resource.Version))
        {
            return false;
        }

        decisionResources.Add(resource);
        return true;
    });

    /// <inheritdoc />
    public Task<DecisionResourceRecord?> FindDecisionResourceAsync(Guid key, CancellationToken cancellationToken) =>
        Read(() => decisionResources.Find(r => r.Key == key));

    /// <inheritdoc />
    public Task<DecisionResourceRecord?> FindDecisionResourceAsync(string decisionRequirementsId, int version, CancellationToken cancellationToken) =>
        Read(() => decisionResources.Find(r => r.DecisionRequirementsId == decisionRequirementsId && r.Version == version));

    /// <inheritdoc />
    public Task<DecisionResourceRecord?> FindLatestDecisionResourceAsync(string decisionRequirementsId, CancellationToken cancellationToken) =>
        Read(() => decisionResources.Where(r => r.DecisionRequirementsId == decisionRequirementsId).MaxBy(r => r.Version));

    /// <inheritdoc />
    public Task<DecisionResourceRecord?> FindLatestDecisionResourceByDecisionIdAsync(string decisionId, CancellationToken cancellationToken) =>
        Read(() => decisionResources.FindLast(r => r.DecisionIds.Contains(decisionId, StringComparer.Ordinal)));

    /// <inheritdoc />
    public Task<IReadOnlyList<DecisionResourceRecord>> ListDecisionResourcesAsync(CancellationToken cancellationToken) =>
        Read<IReadOnlyList<DecisionResourceRecord>>(() => Enumerable.Reverse(decisionResources).ToList());

    /// <inheritdoc />
    public Task<IReadOnlyList<Guid>> FindMessageStartDefinitionsAsync(string messageName, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<Guid>>(() => messageStarts
            .Where(m => m.Value.Contains(messageName))
            .Select(m => definitions.Where(d => d.ProcessId == m.Key).MaxBy(d => d.Version)!.Key)
            .ToList());

    /// <inheritdoc />
    public Task<IReadOnlyList<Guid>> FindSignalStartDefinitionsAsync(string signalName, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<Guid>>(() => signalStarts
            .Where(s => s.Value.Contains(signalName))
            .Select(s => definitions.Where(d => d.ProcessId == s.Key).MaxBy(d => d.Version)!.Key)
            .ToList());

    /// <inheritdoc />
    public Task<IReadOnlyList<SignalSubscriptionRecord>> FindSignalSubscriptionsAsync(string signalName, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<SignalSubscriptionRecord>>(() => signalSubscriptions.Values
            .Where(s => s.SignalName == signalName)
            .OrderBy(s => s.CreatedAt)
            .ToList());

    /// <inheritdoc />
    public Task<ProcessInstance?> LoadInstanceAsync(Guid id, CancellationToken cancellationToken) =>
        Read(() => instances.TryGetValue(id, out var row) ? InstanceSerializer.Deserialize(row.Json) : null);

    /// <inheritdoc />
    public Task CommitAsync(InstanceChanges changes, CancellationToken cancellationToken) => CommitTogetherAsync([changes], cancellationToken);

    /// <inheritdoc />
    public Task CommitTogetherAsync(IReadOnlyList<InstanceChanges> changes, CancellationToken cancellationToken) => Read(() =>
    {
        foreach (var each in changes)
        {
            Check(each);
        }

        foreach (var each in changes)
        {
            Apply(each);
        }

        return true;
    });

    private void Check(InstanceChanges changes)
    {
        if (changes.HostWrites.Count > 0)
        {
            throw new NotSupportedException("The in-memory store keeps no host rows: commit host writes through a database store.");
        }

        var instance = changes.Instance;
        var current = instances.TryGetValue(instance.Id, out var row) ? row.Revision : -1;
        if (current != changes.ExpectedRevision)
        {
            throw new ConcurrencyConflictException($"Process instance {instance.Id} was changed by another command.");
        }

        if (changes.RequiredLease is { } lease
            && (!jobs.TryGetValue(lease.JobKey, out var leased) || leased.Worker != lease.Worker || leased.State != JobState.Activated))
        {
            throw new ConcurrencyConflictException($"Job {lease.JobKey} is no longer locked by {lease.Worker}.");
        }

        if (changes.MessagesConsumed.Any(key => !buffered.Exists(m => m.Key == key)))
        {
            throw new ConcurrencyConflictException("A buffered message was taken by another command.");
        }

        if (changes.ExpectedRevision < 0 && changes.TimersRemoved.Any(key => !timers.ContainsKey(key)))
        {
            throw new ConcurrencyConflictException("The start timer has already fired.");
        }
    }

    private void Apply(InstanceChanges changes)
    {
        var instance = changes.Instance;
        instances[instance.Id] = (InstanceSerializer.Serialize(instance), instance.Revision);
        foreach (var task in changes.UserTasks.Values)
        {
            userTasks[task.Key] = InstanceSerializer.SerializeRecord(task);
        }

        foreach (var job in changes.Jobs.Values)
        {
            if (job.State is JobState.Completed or JobState.Canceled)
            {
                jobs.Remove(job.Key);
            }
            else
            {
                jobs[job.Key] = InstanceSerializer.DeserializeRecord<JobRecord>(InstanceSerializer.SerializeRecord(job));
            }
        }

        foreach (var key in changes.TimersRemoved)
        {
            timers.Remove(key);
        }

        foreach (var timer in changes.TimersCreated.Values)
        {
            timers[timer.Key] = timer;
        }

        foreach (var key in changes.SubscriptionsClosed)
        {
            subscriptions.Remove(key);
        }

        foreach (var subscription in changes.SubscriptionsOpened.Values)
        {
            subscriptions[subscription.Key] = subscription;
        }

        foreach (var key in changes.SignalSubscriptionsClosed)
        {
            signalSubscriptions.Remove(key);
        }

        foreach (var subscription in changes.SignalSubscriptionsOpened.Values)
        {
            signalSubscriptions[subscription.Key] = subscription;
        }

        foreach (var incident in changes.Incidents.Values)
        {
            incidents[incident.Key] = incident;
        }

        buffered.RemoveAll(m => changes.MessagesConsumed.Contains(m.Key));
        history.AddRange(changes.History);
        Outbox.AddRange(changes.Outbox);
    }

    /// <inheritdoc />
    public Task<UserTaskRecord?> FindUserTaskAsync(Guid key, CancellationToken cancellationToken) =>
        Read(() => userTasks.TryGetValue(key, out var json) ? InstanceSerializer.DeserializeRecord<UserTaskRecord>(json) : null);

    /// <inheritdoc />
    public Task<IReadOnlyList<UserTaskRecord>> QueryUserTasksAsync(UserTaskQuery query, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<UserTaskRecord>>(() => userTasks.Values
            .Select(InstanceSerializer.DeserializeRecord<UserTaskRecord>)
            .Where(t => query.State is null || t.State == query.State)
            .Where(t => query.ProcessInstanceId is null || t.ProcessInstanceId == query.ProcessInstanceId)
            .Where(t => query.BusinessKey is null || t.BusinessKey == query.BusinessKey)
            .Where(t => query.Assignee is null || t.Assignee == query.Assignee)
            .Where(t => query.CompletedBy is null || t.CompletedBy == query.CompletedBy)
            .Where(t => query.CandidateUser is null || t.IsCandidate(query.CandidateUser, query.CandidateGroups))
            .OrderByDescending(t => t.Priority)
            .ThenBy(t => t.DueAt ?? DateTimeOffset.MaxValue)
            .ThenBy(t => t.CreatedAt)
            .Take(query.Limit)
            .ToList());

    /// <inheritdoc />
    public Task<JobRecord?> FindJobAsync(Guid key, CancellationToken cancellationToken) =>
        Read(() => jobs.TryGetValue(key, out var job) ? Copy(job) : null);

    /// <inheritdoc />
    public Task<IReadOnlyList<JobRecord>> ActivateJobsAsync(string type, int maxJobs, string worker, DateTimeOffset lockedUntil, DateTimeOffset now, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<JobRecord>>(() => jobs.Values
            .Where(j => j.Type == type && IsActivatable(j, now))
            .OrderBy(j => j.CreatedAt)
            .Take(maxJobs)
            .ToList()
            .Select(j => Lease(j, worker, lockedUntil))
            .ToList());

    /// <inheritdoc />
    public Task<JobRecord?> ActivateJobAsync(Guid key, string worker, DateTimeOffset lockedUntil, DateTimeOffset now, CancellationToken cancellationToken) =>
        Read(() => jobs.TryGetValue(key, out var job) && IsActivatable(job, now) ? Lease(job, worker, lockedUntil) : null);

    /// <inheritdoc />
    public Task<bool> RenewJobLeaseAsync(Guid key, string worker, DateTimeOffset lockedUntil, CancellationToken cancellationToken) =>
        Read(() =>
        {
            if (!jobs.TryGetValue(key, out var job) || job.State != JobState.Activated || job.Worker != worker)
            {
                return false;
            }

            job.LockedUntil = lockedUntil;
            return true;
        });

    /// <inheritdoc />
    public Task<int> ReleaseJobLeasesAsync(string worker, DateTimeOffset now, CancellationToken cancellationToken) =>
        Read(() =>
        {
            var held = jobs.Values.Where(j => j.State == JobState.Activated && j.Worker == worker && j.LockedUntil > now).ToList();
            held.ForEach(j => j.LockedUntil = now);
            return held.Count;
        });

    /// <inheritdoc />
    public Task<IReadOnlyList<JobRecord>> FindActivatableJobsAsync(IReadOnlyCollection<string> types, DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<JobRecord>>(() => jobs.Values.Where(j => types.Contains(j.Type) && IsActivatable(j, now)).Take(max).Select(Copy).ToList());

    /// <inheritdoc />
    public Task<TimerRecord?> FindTimerAsync(Guid key, CancellationToken cancellationToken) =>
        Read(() => timers.GetValueOrDefault(key));

    /// <inheritdoc />
    public Task<IReadOnlyList<TimerRecord>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<TimerRecord>>(() => timers.Values.Where(t => t.DueAt <= now).OrderBy(t => t.DueAt).Take(max).ToList());

    /// <inheritdoc />
    public Task<IReadOnlyList<MessageSubscriptionRecord>> FindSubscriptionsAsync(string messageName, string correlationKey, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<MessageSubscriptionRecord>>(() => subscriptions.Values
            .Where(s => s.MessageName == messageName && s.CorrelationKey == correlationKey)
            .OrderBy(s => s.CreatedAt)
            .ToList());

    /// <inheritdoc />
    public Task AddBufferedMessageAsync(BufferedMessage message, CancellationToken cancellationToken) =>
        Read(() =>
        {
            buffered.Add(message);
            return true;
        });

    /// <inheritdoc />
    public Task<BufferedMessage?> FindBufferedMessageAsync(string messageName, string correlationKey, DateTimeOffset now, CancellationToken cancellationToken) =>
        Read(() => buffered.Find(m => m.Name == messageName && m.CorrelationKey == correlationKey && m.ExpiresAt > now));

    /// <inheritdoc />
    public Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(Guid processInstanceId, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<HistoryEvent>>(() => history.Where(h => h.ProcessInstanceId == processInstanceId).ToList());

    /// <inheritdoc />
    public Task<IReadOnlyList<IncidentRecord>> FindOpenIncidentsAsync(Guid? processInstanceId, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<IncidentRecord>>(() => incidents.Values
            .Where(i => i.State == IncidentState.Open && (processInstanceId is null || i.ProcessInstanceId == processInstanceId))
            .OrderByDescending(i => i.CreatedAt)
            .ToList());

    /// <inheritdoc />
    public Task<IReadOnlyList<InstanceSummary>> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read<IReadOnlyList<InstanceSummary>>(() => instances.Values
            .Select(stored => InstanceSerializer.Deserialize(stored.Json))
            .Select(i => new InstanceSummary(i.Id, i.ProcessId, i.Version, i.State, i.BusinessKey, i.StartedAt, i.EndedAt, i.Incidents.Count > 0))
            .Where(i => (query.ProcessId is null || i.ProcessId == query.ProcessId)
                && (query.Version is null || i.Version == query.Version)
                && (query.State is null || i.State == query.State)
                && (query.WithIncidents is null || i.HasIncident == query.WithIncidents)
                && (query.BusinessKey is null || i.BusinessKey == query.BusinessKey))
            .OrderByDescending(i => i.StartedAt)
            .ThenBy(i => i.Id)
            .Skip(query.Offset)
            .Take(query.Limit)
            .ToList());
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ElementStatistics>> CountByElementAsync(string processId, int version, CancellationToken cancellationToken) =>
        Read<IReadOnlyList<ElementStatistics>>(() =>
        {
            var running = instances.Values
                .Select(stored => InstanceSerializer.Deserialize(stored.Json))
                .Where(i => i.ProcessId == processId && i.Version == version)
                .ToList();
            var active = running
                .Where(i => i.State == ProcessInstanceState.Active)
                .SelectMany(i => i.Elements.Where(e => e.ElementId != i.ProcessId).Select(e => e.ElementId).Distinct())
                .CountBy(elementId => elementId)
                .ToDictionary();
            var ids = running.Select(i => i.Id).ToHashSet();
            var failed = incidents.Values
                .Where(n => n.State == IncidentState.Open && ids.Contains(n.ProcessInstanceId))
                .CountBy(n => n.ElementId)
                .ToDictionary();
            return active.Keys.Union(failed.Keys)
                .Order(StringComparer.Ordinal)
                .Select(id => new ElementStatistics(id, active.GetValueOrDefault(id), failed.GetValueOrDefault(id)))
                .ToList();
        });

    private static bool IsActivatable(JobRecord job, DateTimeOffset now) =>
        (job.State == JobState.Activatable && (job.RetryAt is null || job.RetryAt <= now))
        || (job.State == JobState.Activated && job.LockedUntil <= now);

    private static JobRecord Lease(JobRecord job, string worker, DateTimeOffset lockedUntil)
    {
        job.State = JobState.Activated;
        job.Worker = worker;
        job.LockedUntil = lockedUntil;
        return Copy(job);
    }

    private static JobRecord Copy(JobRecord job) =>
        InstanceSerializer.DeserializeRecord<JobRecord>(InstanceSerializer.SerializeRecord(job));

    private Task<T> Read<T>(Func<T> read)
    {
        lock (gate)
        {
            return Task.FromResult(read());
        }
    }
}
