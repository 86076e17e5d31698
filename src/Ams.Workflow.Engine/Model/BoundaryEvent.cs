namespace Ams.Workflow.Engine.Model;

/// <summary>An event attached to an activity: timer, message, signal or error, interrupting or not.</summary>
public sealed class BoundaryEvent(string id, string? name, EventTrigger? trigger, bool cancelActivity) : FlowNode(id, name)
{
    /// <summary>What the event catches; null only in an invalid model.</summary>
    public EventTrigger? Trigger { get; } = trigger;

    /// <summary>Whether catching it terminates the activity.</summary>
    public bool CancelActivity { get; } = cancelActivity;

    /// <summary>The activity it is attached to.</summary>
    public Activity AttachedTo { get; internal set; } = null!;

    /// <inheritdoc />
    public override string ElementType => "boundaryEvent";
}
