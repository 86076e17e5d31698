namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary><c>= != &lt; &lt;= &gt; &gt;=</c>; the result is true, false or null.</summary>
internal sealed class FeelComparisonNode(int position, FeelComparisonOperator @operator, FeelNode left, FeelNode right)
    : FeelNode(position, DepthOf(left, right))
{
    public override object? Evaluate(in FeelEvaluationScope scope)
    {
        var a = left.Evaluate(scope);
        var b = right.Evaluate(scope);
        return @operator switch
        {
            FeelComparisonOperator.Equal => FeelBooleans.Box(FeelComparison.AreEqual(a, b)),
            FeelComparisonOperator.NotEqual => FeelBooleans.Box(!FeelComparison.AreEqual(a, b)),
            _ => FeelComparison.Compare(a, b) is { } order ? FeelBooleans.Box(Holds(order)) : null,
        };
    }

    private bool Holds(int order) => @operator switch
    {
        FeelComparisonOperator.Less => order < 0,
        FeelComparisonOperator.LessOrEqual => order <= 0,
        FeelComparisonOperator.Greater => order > 0,
        _ => order >= 0,
    };
}
