namespace Ams.Workflow.Engine.Model;

/// <summary>Where a process or sub-process begins: none, message, timer or signal; an event sub-process's also error.</summary>
public sealed class StartEvent(string id, string? name, EventTrigger? trigger) : FlowNode(id, name)
{
    /// <summary>Null for a none start event.</summary>
    public EventTrigger? Trigger { get; } = trigger;

    /// <summary>
    /// For an event sub-process's start event: whether triggering it terminates the rest of its enclosing scope
    /// (<c>isInterrupting</c>, true by default).
    /// </summary>
    public bool Interrupting { get; internal init; } = true;

    /// <summary>The event sub-process this start event starts; null for any other start event.</summary>
    public SubProcess? EventSubProcess => Scope is SubProcess { TriggeredByEvent: true } subProcess ? subProcess : null;

    /// <inheritdoc />
    public override string ElementType => "startEvent";
}
