namespace Ams.Workflow.Engine.Model;

/// <summary>An embedded sub-process: a scope of its own inside the process.</summary>
public sealed class SubProcess(string id, string? name) : Activity(id, name), IFlowScope
{
    private readonly List<FlowNode> nodes = [];

    /// <inheritdoc />
    public IReadOnlyList<FlowNode> Nodes => nodes;

    /// <inheritdoc />
    public StartEvent? NoneStartEvent => nodes.OfType<StartEvent>().FirstOrDefault(s => s.Trigger is null);

    /// <inheritdoc />
    public override string ElementType => "subProcess";

    internal void Add(FlowNode node) => nodes.Add(node);
}
