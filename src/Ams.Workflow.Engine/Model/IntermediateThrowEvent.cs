namespace Ams.Workflow.Engine.Model;

/// <summary>An event in the flow that throws and moves on: none (a milestone) or signal (broadcast as it is passed).</summary>
public sealed class IntermediateThrowEvent(string id, string? name, EventTrigger? trigger) : FlowNode(id, name)
{
    /// <summary>Null for a none throw event; a <see cref="SignalTrigger"/> otherwise.</summary>
    public EventTrigger? Trigger { get; } = trigger;

    /// <inheritdoc />
    public override string ElementType => "intermediateThrowEvent";
}
