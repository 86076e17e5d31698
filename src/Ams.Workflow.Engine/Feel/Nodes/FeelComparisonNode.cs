namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary><c>= != &lt; &lt;= &gt; &gt;=</c>; equality is true or false for null, ordering with null is null.</summary>
internal sealed class FeelComparisonNode(int position, FeelComparisonOperator @operator, FeelNode left, FeelNode right)
    : FeelNode(position, DepthOf(left, right))
{
    public override object? Evaluate(in FeelEvaluationScope scope) =>
        FeelBooleans.Box(Apply(@operator, left.Evaluate(scope), right.Evaluate(scope)));

    public static bool? Apply(FeelComparisonOperator @operator, object? a, object? b) => @operator switch
    {
        FeelComparisonOperator.Equal => FeelComparison.AreEqual(a, b),
        FeelComparisonOperator.NotEqual => !FeelComparison.AreEqual(a, b),
        _ => FeelComparison.Compare(a, b) is { } order ? Holds(@operator, order) : null,
    };

    private static bool Holds(FeelComparisonOperator @operator, int order) => @operator switch
    {
        FeelComparisonOperator.Less => order < 0,
        FeelComparisonOperator.LessOrEqual => order <= 0,
        FeelComparisonOperator.Greater => order > 0,
        _ => order >= 0,
    };
}
