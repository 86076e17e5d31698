namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>
/// A unary test after <c>in</c>: <c>&lt; 3</c>, <c>&gt;= 3</c>, <c>= 3</c> or <c>!= 3</c>, applied to the value on the left of
/// <c>in</c>. It is not a value on its own; the parser places it only among the tests of <c>in</c>.
/// </summary>
internal sealed class FeelComparisonTestNode(int position, FeelComparisonOperator @operator, FeelNode endpoint)
    : FeelNode(position, DepthOf(endpoint))
{
    public bool? Test(object? value, in FeelEvaluationScope scope) =>
        FeelComparisonNode.Apply(@operator, value, endpoint.Evaluate(scope));

    public override object? Evaluate(in FeelEvaluationScope scope) => null;
}
