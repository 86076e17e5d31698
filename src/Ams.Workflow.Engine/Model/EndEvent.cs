namespace Ams.Workflow.Engine.Model;

/// <summary>Where a path ends: none, terminate, error or signal.</summary>
public sealed class EndEvent(string id, string? name, EventTrigger? trigger) : FlowNode(id, name)
{
    /// <summary>Null for a none end event; <see cref="TerminateTrigger"/>, <see cref="ErrorTrigger"/> or <see cref="SignalTrigger"/> otherwise.</summary>
    public EventTrigger? Trigger { get; } = trigger;

    /// <inheritdoc />
    public override string ElementType => "endEvent";
}
