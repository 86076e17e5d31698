namespace Ams.Workflow.Engine.Runtime;

/// <summary>An instance waiting for a signal by name: every broadcast of the name triggers it.</summary>
public sealed class SignalSubscriptionRecord
{
    /// <summary>The subscription key.</summary>
    public Guid Key { get; set; }

    /// <summary>The process instance.</summary>
    public Guid ProcessInstanceId { get; set; }

    /// <summary>
    /// The element instance that waits (the activity for a boundary event, the event-based gateway before a catch event,
    /// the enclosing scope or the process instance's id for an event sub-process's start event).
    /// </summary>
    public Guid ElementInstanceKey { get; set; }

    /// <summary>The catching event's element id.</summary>
    public string ElementId { get; set; } = "";

    /// <summary>The signal name, evaluated when the subscription opened.</summary>
    public string SignalName { get; set; } = "";

    /// <summary>When it opened.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
