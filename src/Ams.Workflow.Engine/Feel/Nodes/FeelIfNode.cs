namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary><c>if c then a else b</c>; any condition other than true takes the else branch.</summary>
internal sealed class FeelIfNode(int position, FeelNode condition, FeelNode then, FeelNode otherwise)
    : FeelNode(position, DepthOf(condition, then, otherwise))
{
    public override object? Evaluate(in FeelEvaluationScope scope) =>
        condition.Evaluate(scope) is true ? then.Evaluate(scope) : otherwise.Evaluate(scope);
}
