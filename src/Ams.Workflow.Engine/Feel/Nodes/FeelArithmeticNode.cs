namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary><c>+ - * / **</c> on two operands.</summary>
internal sealed class FeelArithmeticNode(int position, FeelArithmeticOperator @operator, FeelNode left, FeelNode right)
    : FeelNode(position, DepthOf(left, right))
{
    public override object? Evaluate(in FeelEvaluationScope scope)
    {
        var a = left.Evaluate(scope);
        var b = right.Evaluate(scope);
        return @operator switch
        {
            FeelArithmeticOperator.Add => FeelArithmetic.Add(a, b),
            FeelArithmeticOperator.Subtract => FeelArithmetic.Subtract(a, b),
            FeelArithmeticOperator.Multiply => FeelArithmetic.Multiply(a, b),
            FeelArithmeticOperator.Divide => FeelArithmetic.Divide(a, b),
            _ => FeelArithmetic.Power(a, b),
        };
    }
}
