namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>
/// A unary test written as an expression, with feel-scala's semantics. One that reads <c>?</c> is a condition: its
/// boolean is the outcome, anything else is null. Otherwise its value is compared with the input: <c>true</c> holds
/// whatever the input, a range holds the input when it contains it, a list when one of its items equals the input
/// (or the list is the input), and any other value when it equals the input.
/// </summary>
internal sealed class FeelExpressionTestNode(FeelNode expression, bool readsInput)
    : FeelNode(expression.Position, DepthOf(expression))
{
    public bool? Test(object? input, in FeelEvaluationScope scope)
    {
        var value = expression.Evaluate(scope);
        if (readsInput)
        {
            return value as bool?;
        }

        switch (value)
        {
            case true:
                return true;
            case FeelRange range:
                return range.Contains(input);
            case IReadOnlyList<object?> list when list.Any(item => FeelComparison.AreEqual(input, item) is true):
                return true;
        }

        var equal = FeelComparison.AreEqual(input, value);
        return equal is true || value is false || value is IReadOnlyList<object?> ? equal is true : equal;
    }

    public override object? Evaluate(in FeelEvaluationScope scope) => null;
}
