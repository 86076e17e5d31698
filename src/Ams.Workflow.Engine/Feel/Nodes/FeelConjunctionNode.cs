namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>Three-valued <c>and</c>: false wins, then null; a non-boolean operand counts as null.</summary>
internal sealed class FeelConjunctionNode(int position, FeelNode left, FeelNode right) : FeelNode(position, DepthOf(left, right))
{
    public override object? Evaluate(in FeelEvaluationScope scope)
    {
        var a = left.Evaluate(scope);
        if (a is false)
        {
            return FeelBooleans.False;
        }

        var b = right.Evaluate(scope);
        if (b is false)
        {
            return FeelBooleans.False;
        }

        return a is true && b is true ? FeelBooleans.True : null;
    }
}
