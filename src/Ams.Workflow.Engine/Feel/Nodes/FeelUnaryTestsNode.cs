namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>
/// Comma-separated unary tests, optionally inside <c>not(...)</c>; none at all (<c>-</c> or an empty entry) holds for any
/// input. True when one test holds, otherwise null when one cannot tell, otherwise false; <c>not</c> turns true and
/// false around and keeps null.
/// </summary>
internal sealed class FeelUnaryTestsNode(int position, FeelNode[] tests, bool negated)
    : FeelNode(position, tests.Length == 0 ? 1 : DepthOf(tests))
{
    public bool? Test(object? input, in FeelEvaluationScope scope)
    {
        if (tests.Length == 0)
        {
            return true;
        }

        var withInput = scope.With(FeelInputValueNode.LocalName, input);
        bool? outcome = false;
        foreach (var test in tests)
        {
            var holds = test switch
            {
                FeelComparisonTestNode comparison => comparison.Test(input, withInput),
                FeelExpressionTestNode expression => expression.Test(input, withInput),
                _ => throw new InvalidOperationException($"A unary test cannot be a {test.GetType().Name}."),
            };
            if (holds is true)
            {
                outcome = true;
                break;
            }

            if (holds is null)
            {
                outcome = null;
            }
        }

        return negated ? !outcome : outcome;
    }

    public override object? Evaluate(in FeelEvaluationScope scope) => null;
}
