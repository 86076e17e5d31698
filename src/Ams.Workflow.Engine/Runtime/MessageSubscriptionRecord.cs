namespace Ams.Workflow.Engine.Runtime;

/// <summary>An instance waiting for a message with a name and a correlation key.</summary>
public sealed class MessageSubscriptionRecord
{
    /// <summary>The subscription key.</summary>
    public Guid Key { get; set; }

    /// <summary>The process instance.</summary>
    public Guid ProcessInstanceId { get; set; }

    /// <summary>The element instance that waits (the activity for a boundary event).</summary>
    public Guid ElementInstanceKey { get; set; }

    /// <summary>The catching event's element id.</summary>
    public string ElementId { get; set; } = "";

    /// <summary>The message name.</summary>
    public string MessageName { get; set; } = "";

    /// <summary>The correlation key, evaluated when the subscription opened.</summary>
    public string CorrelationKey { get; set; } = "";

    /// <summary>When it opened.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
