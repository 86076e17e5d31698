namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>
/// A range literal: <c>[a..b]</c>, <c>(a..b)</c> or <c>]a..b[</c> and their mixes. Endpoints of different or
/// unordered types give null, as Camunda refuses such a range.
/// </summary>
internal sealed class FeelRangeNode(int position, FeelNode start, bool startIncluded, FeelNode end, bool endIncluded)
    : FeelNode(position, DepthOf(start, end))
{
    public override object? Evaluate(in FeelEvaluationScope scope)
    {
        var from = start.Evaluate(scope);
        var to = end.Evaluate(scope);
        return FeelComparison.Compare(from, to) is null ? null : new FeelRange(from, startIncluded, to, endIncluded);
    }
}
