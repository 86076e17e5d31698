using System.Text.Json.Nodes;

namespace Ams.Workflow.Engine.Runtime;

/// <summary>
/// One run of a process version: its tokens, variables and open wait states. Every command loads it,
/// changes it in memory and saves it in one transaction guarded by <see cref="Revision"/>.
/// </summary>
public sealed class ProcessInstance
{
    /// <summary>The instance id.</summary>
    public Guid Id { get; set; }

    /// <summary>The deployed version it runs on.</summary>
    public Guid DefinitionKey { get; set; }

    /// <summary>The BPMN process id.</summary>
    public string ProcessId { get; set; } = "";

    /// <summary>The version number of the process.</summary>
    public int Version { get; set; }

    /// <summary>Where the instance is in its life.</summary>
    public ProcessInstanceState State { get; set; }

    /// <summary>Incremented by every committed command; the optimistic concurrency token.</summary>
    public long Revision { get; set; }

    /// <summary>A business key, e.g. the request id, for finding instances.</summary>
    public string? BusinessKey { get; set; }

    /// <summary>When it started.</summary>
    public DateTimeOffset StartedAt { get; set; }

    /// <summary>When it completed or was terminated.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Process-level variables.</summary>
    public JsonObject Variables { get; set; } = [];

    /// <summary>Live element instances.</summary>
    public List<ElementInstance> Elements { get; set; } = [];

    /// <summary>Tokens waiting at parallel joins.</summary>
    public List<JoinArrival> JoinArrivals { get; set; } = [];

    /// <summary>Open user tasks.</summary>
    public List<UserTaskRecord> UserTasks { get; set; } = [];

    /// <summary>Open jobs.</summary>
    public List<JobRecord> Jobs { get; set; } = [];

    /// <summary>Pending timers.</summary>
    public List<TimerRecord> Timers { get; set; } = [];

    /// <summary>Open message subscriptions.</summary>
    public List<MessageSubscriptionRecord> Subscriptions { get; set; } = [];

    /// <summary>Open signal subscriptions.</summary>
    public List<SignalSubscriptionRecord> SignalSubscriptions { get; set; } = [];

    /// <summary>Unresolved incidents.</summary>
    public List<IncidentRecord> Incidents { get; set; } = [];

    /// <summary>
    /// Who completed the user tasks a separation of duties involves; null while there are none (most instances), so it
    /// costs nothing in the stored form.
    /// </summary>
    public List<TaskCompletion>? SeparatedCompletions { get; set; }

    /// <summary>Set on an instance started by a call activity: the calling instance. Null for most, so it costs nothing stored.</summary>
    public Guid? ParentInstanceId { get; set; }

    /// <summary>Set on an instance started by a call activity: the call activity's element instance in the parent.</summary>
    public Guid? ParentElementInstanceKey { get; set; }

    /// <summary>Finds a live element instance.</summary>
    public ElementInstance? Element(Guid key) => Elements.Find(e => e.Key == key);
}
