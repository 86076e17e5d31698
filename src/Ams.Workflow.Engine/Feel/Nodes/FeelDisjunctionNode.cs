namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>Three-valued <c>or</c>: true wins, then null; a non-boolean operand counts as null.</summary>
internal sealed class FeelDisjunctionNode(int position, FeelNode left, FeelNode right) : FeelNode(position, DepthOf(left, right))
{
    public override object? Evaluate(in FeelEvaluationScope scope)
    {
        var a = left.Evaluate(scope);
        if (a is true)
        {
            return FeelBooleans.True;
        }

        var b = right.Evaluate(scope);
        if (b is true)
        {
            return FeelBooleans.True;
        }

        return a is false && b is false ? FeelBooleans.False : null;
    }
}
