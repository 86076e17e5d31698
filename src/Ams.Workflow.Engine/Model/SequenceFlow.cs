namespace Ams.Workflow.Engine.Model;

/// <summary>A directed connection between two nodes, optionally guarded by a FEEL condition.</summary>
public sealed class SequenceFlow(string id, string? name, FlowNode source, FlowNode target, ZeebeExpression? condition)
    : FlowElement(id, name)
{
    /// <summary>Where the flow starts.</summary>
    public FlowNode Source { get; } = source;

    /// <summary>Where the flow leads.</summary>
    public FlowNode Target { get; } = target;

    /// <summary>The condition, if any.</summary>
    public ZeebeExpression? Condition { get; } = condition;

    /// <inheritdoc />
    public override string ElementType => "sequenceFlow";
}
