namespace Ams.Workflow.Engine.Model;

/// <summary>
/// An embedded sub-process: a scope of its own inside the process. An event sub-process (<c>triggeredByEvent</c>) has no
/// flows: its single start event is subscribed while its enclosing scope is active.
/// </summary>
public sealed class SubProcess(string id, string? name) : Activity(id, name), IFlowScope
{
    private readonly List<FlowNode> nodes = [];

    /// <inheritdoc />
    public IReadOnlyList<FlowNode> Nodes => nodes;

    /// <inheritdoc />
    public StartEvent? NoneStartEvent => nodes.OfType<StartEvent>().FirstOrDefault(s => s.Trigger is null);

    /// <inheritdoc />
    public IEnumerable<SubProcess> EventSubProcesses => nodes.OfType<SubProcess>().Where(s => s.TriggeredByEvent);

    /// <summary>Whether this is an event sub-process, started by its start event's event rather than by a flow.</summary>
    public bool TriggeredByEvent { get; internal init; }

    /// <summary>The start event of an event sub-process (its only one, when the model is valid).</summary>
    public StartEvent? EventStart => TriggeredByEvent ? nodes.OfType<StartEvent>().FirstOrDefault() : null;

    /// <inheritdoc />
    public override string ElementType => "subProcess";

    internal void Add(FlowNode node) => nodes.Add(node);
}
