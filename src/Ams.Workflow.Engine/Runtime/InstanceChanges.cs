namespace Ams.Workflow.Engine.Runtime;

/// <summary>
/// Everything one command did to one instance, committed by the store in one transaction:
/// the instance itself (guarded by its revision), the wait states it touched, history and outbox rows.
/// </summary>
public sealed class InstanceChanges(ProcessInstance instance, long expectedRevision)
{
    /// <summary>The instance after the command.</summary>
    public ProcessInstance Instance { get; } = instance;

    /// <summary>The revision the command read; -1 for a new instance.</summary>
    public long ExpectedRevision { get; } = expectedRevision;

    /// <summary>User tasks created or changed, in their final state.</summary>
    public Dictionary<Guid, UserTaskRecord> UserTasks { get; } = [];

    /// <summary>Jobs created or changed, in their final state.</summary>
    public Dictionary<Guid, JobRecord> Jobs { get; } = [];

    /// <summary>Timers created.</summary>
    public Dictionary<Guid, TimerRecord> TimersCreated { get; } = [];

    /// <summary>Timers fired or withdrawn.</summary>
    public HashSet<Guid> TimersRemoved { get; } = [];

    /// <summary>Subscriptions opened.</summary>
    public Dictionary<Guid, MessageSubscriptionRecord> SubscriptionsOpened { get; } = [];

    /// <summary>Subscriptions correlated or withdrawn.</summary>
    public HashSet<Guid> SubscriptionsClosed { get; } = [];

    /// <summary>Signal subscriptions opened.</summary>
    public Dictionary<Guid, SignalSubscriptionRecord> SignalSubscriptionsOpened { get; } = [];

    /// <summary>Signal subscriptions triggered (and not kept) or withdrawn.</summary>
    public HashSet<Guid> SignalSubscriptionsClosed { get; } = [];

    /// <summary>
    /// Signals the command's throw and end events broadcast, in order. They are not written: the engine broadcasts
    /// them once this command has committed, each subscriber in its own command.
    /// </summary>
    public List<ThrownSignal> SignalsThrown { get; } = [];

    /// <summary>Incidents raised or resolved, in their final state.</summary>
    public Dictionary<Guid, IncidentRecord> Incidents { get; } = [];

    /// <summary>History, in order.</summary>
    public List<HistoryEvent> History { get; } = [];

    /// <summary>Rows for the host's outbox.</summary>
    public List<OutboxMessage> Outbox { get; } = [];

    /// <summary>The job lease the command relies on: the commit fails unless the worker still holds it.</summary>
    public (Guid JobKey, string Worker)? RequiredLease { get; set; }

    /// <summary>The host's own writes that commit with this step, or not at all.</summary>
    public List<IHostWrite> HostWrites { get; } = [];

    /// <summary>Buffered messages this command consumed.</summary>
    public HashSet<Guid> MessagesConsumed { get; } = [];
}
