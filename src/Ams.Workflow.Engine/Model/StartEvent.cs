namespace Ams.Workflow.Engine.Model;

/// <summary>Where a process or sub-process begins: none, message or timer.</summary>
public sealed class StartEvent(string id, string? name, EventTrigger? trigger) : FlowNode(id, name)
{
    /// <summary>Null for a none start event.</summary>
    public EventTrigger? Trigger { get; } = trigger;

    /// <inheritdoc />
    public override string ElementType => "startEvent";
}
