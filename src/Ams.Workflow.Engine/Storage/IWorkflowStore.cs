using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Storage;

/// <summary>
/// Durable state of the engine. Every write is one transaction; <see cref="CommitAsync"/> applies a whole
/// command or nothing, and refuses with <see cref="ConcurrencyConflictException"/> when the instance's revision
/// (or a required job lease) changed since it was read.
/// </summary>
public interface IWorkflowStore
{
    /// <summary>A deployed version by key.</summary>
    Task<ProcessDefinitionRecord?> FindDefinitionAsync(Guid key, CancellationToken cancellationToken);

    /// <summary>The latest version of a process.</summary>
    Task<ProcessDefinitionRecord?> FindLatestDefinitionAsync(string processId, CancellationToken cancellationToken);

    /// <summary>One version of a process, or null.</summary>
    Task<ProcessDefinitionRecord?> FindDefinitionAsync(string processId, int version, CancellationToken cancellationToken);

    /// <summary>Every version of every process, newest first.</summary>
    Task<IReadOnlyList<ProcessDefinitionRecord>> ListDefinitionsAsync(CancellationToken cancellationToken);

    /// <summary>Adds a version; false when that version number was taken meanwhile.</summary>
    Task<bool> TryAddDefinitionAsync(NewDefinition definition, CancellationToken cancellationToken);

    /// <summary>Adds a version of a DMN resource; false when that version number was taken meanwhile.</summary>
    Task<bool> TryAddDecisionResourceAsync(DecisionResourceRecord resource, CancellationToken cancellationToken);

    /// <summary>A deployed DMN resource version by key.</summary>
    Task<DecisionResourceRecord?> FindDecisionResourceAsync(Guid key, CancellationToken cancellationToken);

    /// <summary>One version of a decision requirements graph, or null.</summary>
    Task<DecisionResourceRecord?> FindDecisionResourceAsync(string decisionRequirementsId, int version, CancellationToken cancellationToken);

    /// <summary>The latest version of a decision requirements graph.</summary>
    Task<DecisionResourceRecord?> FindLatestDecisionResourceAsync(string decisionRequirementsId, CancellationToken cancellationToken);

    /// <summary>The most recently deployed DMN resource version that holds a decision with this id, or null.</summary>
    Task<DecisionResourceRecord?> FindLatestDecisionResourceByDecisionIdAsync(string decisionId, CancellationToken cancellationToken);

    /// <summary>Every version of every decision requirements graph, newest first.</summary>
    Task<IReadOnlyList<DecisionResourceRecord>> ListDecisionResourcesAsync(CancellationToken cancellationToken);

    /// <summary>Latest versions that a message of this name starts.</summary>
    Task<IReadOnlyList<Guid>> FindMessageStartDefinitionsAsync(string messageName, CancellationToken cancellationToken);

    /// <summary>Latest versions that a signal of this name starts.</summary>
    Task<IReadOnlyList<Guid>> FindSignalStartDefinitionsAsync(string signalName, CancellationToken cancellationToken);

    /// <summary>Open subscriptions for a signal, oldest first.</summary>
    Task<IReadOnlyList<SignalSubscriptionRecord>> FindSignalSubscriptionsAsync(string signalName, CancellationToken cancellationToken);

    /// <summary>An instance with its open wait states.</summary>
    Task<ProcessInstance?> LoadInstanceAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Writes one command's changes in one transaction.</summary>
    Task CommitAsync(InstanceChanges changes, CancellationToken cancellationToken);

    /// <summary>
    /// Writes one command's changes to several instances (a call activity's parent and child) in one transaction: all
    /// of them, or none when any instance's revision or required lease changed.
    /// </summary>
    Task CommitTogetherAsync(IReadOnlyList<InstanceChanges> changes, CancellationToken cancellationToken);

    /// <summary>A user task by key, in whatever state.</summary>
    Task<UserTaskRecord?> FindUserTaskAsync(Guid key, CancellationToken cancellationToken);

    /// <summary>User tasks matching a filter, by priority then due date.</summary>
    Task<IReadOnlyList<UserTaskRecord>> QueryUserTasksAsync(UserTaskQuery query, CancellationToken cancellationToken);

    /// <summary>A job by key with its current lease.</summary>
    Task<JobRecord?> FindJobAsync(Guid key, CancellationToken cancellationToken);

    /// <summary>Leases up to <paramref name="maxJobs"/> activatable jobs of a type, atomically.</summary>
    Task<IReadOnlyList<JobRecord>> ActivateJobsAsync(string type, int maxJobs, string worker, DateTimeOffset lockedUntil, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Leases one job if it is activatable, atomically.</summary>
    Task<JobRecord?> ActivateJobAsync(Guid key, string worker, DateTimeOffset lockedUntil, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Moves the end of a lease the worker still holds to <paramref name="lockedUntil"/>; false when it no longer holds it.</summary>
    Task<bool> RenewJobLeaseAsync(Guid key, string worker, DateTimeOffset lockedUntil, CancellationToken cancellationToken);

    /// <summary>Ends every lease held by <paramref name="worker"/> at <paramref name="now"/>, so its jobs can be taken at once; returns how many.</summary>
    Task<int> ReleaseJobLeasesAsync(string worker, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Keys of jobs of these types a worker could take now.</summary>
    Task<IReadOnlyList<JobRecord>> FindActivatableJobsAsync(IReadOnlyCollection<string> types, DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>A timer by key.</summary>
    Task<TimerRecord?> FindTimerAsync(Guid key, CancellationToken cancellationToken);

    /// <summary>Timers due at <paramref name="now"/>.</summary>
    Task<IReadOnlyList<TimerRecord>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>Open subscriptions for a message.</summary>
    Task<IReadOnlyList<MessageSubscriptionRecord>> FindSubscriptionsAsync(string messageName, string correlationKey, CancellationToken cancellationToken);

    /// <summary>Keeps a message that nothing took, until it expires.</summary>
    Task AddBufferedMessageAsync(BufferedMessage message, CancellationToken cancellationToken);

    /// <summary>The oldest live buffered message for a name and key.</summary>
    Task<BufferedMessage?> FindBufferedMessageAsync(string messageName, string correlationKey, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>An instance's history, in order.</summary>
    Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(Guid processInstanceId, CancellationToken cancellationToken);

    /// <summary>Open incidents, newest first.</summary>
    Task<IReadOnlyList<IncidentRecord>> FindOpenIncidentsAsync(Guid? processInstanceId, CancellationToken cancellationToken);

    /// <summary>Process instances matching <paramref name="query"/>, newest first.</summary>
    Task<IReadOnlyList<InstanceSummary>> QueryInstancesAsync(InstanceQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Per element of one process version: active instances with a token there and open incidents there, ordered by
    /// element id; elements with neither are left out.
    /// </summary>
    Task<IReadOnlyList<ElementStatistics>> CountByElementAsync(string processId, int version, CancellationToken cancellationToken);
}
