namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary><c>x between a and b</c>: inclusive at both ends; null when either comparison cannot tell.</summary>
internal sealed class FeelBetweenNode(int position, FeelNode value, FeelNode low, FeelNode high)
    : FeelNode(position, DepthOf(value, low, high))
{
    public override object? Evaluate(in FeelEvaluationScope scope)
    {
        var x = value.Evaluate(scope);
        var aboveLow = FeelComparison.Compare(x, low.Evaluate(scope)) is { } lowOrder ? lowOrder >= 0 : (bool?)null;
        var belowHigh = FeelComparison.Compare(x, high.Evaluate(scope)) is { } highOrder ? highOrder <= 0 : (bool?)null;
        if (aboveLow is false || belowHigh is false)
        {
            return FeelBooleans.False;
        }

        return aboveLow is true && belowHigh is true ? FeelBooleans.True : null;
    }
}
