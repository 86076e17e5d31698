using Ams.Workflow.Engine.Feel.Nodes;

namespace Ams.Workflow.Engine.Feel;

/// <summary>Maps operator tokens to the operators of the syntax tree.</summary>
internal static class FeelOperatorTokens
{
    public static FeelComparisonOperator? ComparisonOperator(FeelTokenKind kind) => kind switch
    {
        FeelTokenKind.Equal => FeelComparisonOperator.Equal,
        FeelTokenKind.NotEqual => FeelComparisonOperator.NotEqual,
        FeelTokenKind.Less => FeelComparisonOperator.Less,
        FeelTokenKind.LessOrEqual => FeelComparisonOperator.LessOrEqual,
        FeelTokenKind.Greater => FeelComparisonOperator.Greater,
        FeelTokenKind.GreaterOrEqual => FeelComparisonOperator.GreaterOrEqual,
        _ => null,
    };

    public static FeelArithmeticOperator ArithmeticOperator(FeelTokenKind kind) => kind switch
    {
        FeelTokenKind.Plus => FeelArithmeticOperator.Add,
        FeelTokenKind.Minus => FeelArithmeticOperator.Subtract,
        FeelTokenKind.Star => FeelArithmeticOperator.Multiply,
        _ => FeelArithmeticOperator.Divide,
    };
}
