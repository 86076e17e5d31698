namespace Ams.Workflow.Engine.Model;

/// <summary>Waits in the flow for a timer, a message or a signal.</summary>
public sealed class IntermediateCatchEvent(string id, string? name, EventTrigger? trigger) : FlowNode(id, name)
{
    /// <summary>A <see cref="TimerTrigger"/>, <see cref="MessageTrigger"/> or <see cref="SignalTrigger"/>; null only in an invalid model.</summary>
    public EventTrigger? Trigger { get; } = trigger;

    /// <inheritdoc />
    public override string ElementType => "intermediateCatchEvent";
}
