namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>Unary minus on a number or a duration.</summary>
internal sealed class FeelNegationNode(int position, FeelNode operand) : FeelNode(position, DepthOf(operand))
{
    public override object? Evaluate(in FeelEvaluationScope scope) => FeelArithmetic.Negate(operand.Evaluate(scope));
}
