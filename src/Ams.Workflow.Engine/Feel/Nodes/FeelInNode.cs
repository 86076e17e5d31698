namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>
/// <c>x in tests</c>, as Camunda: a test is a unary comparison (<c>&gt; 3</c>), a range (<c>[1..10]</c>), a list (one of its
/// items equals x or is a range holding x) or a value (equal to x). True when any test is true, otherwise null when
/// any test cannot tell, otherwise false.
/// </summary>
internal sealed class FeelInNode(int position, FeelNode value, FeelNode[] candidates)
    : FeelNode(position, Math.Max(DepthOf(value), DepthOf(candidates)))
{
    public override object? Evaluate(in FeelEvaluationScope scope)
    {
        var x = value.Evaluate(scope);
        var unknown = false;
        foreach (var candidate in candidates)
        {
            var holds = candidate is FeelComparisonTestNode test ? test.Test(x, scope) : Test(x, candidate.Evaluate(scope));
            switch (holds)
            {
                case true:
                    return FeelBooleans.True;
                case null:
                    unknown = true;
                    break;
            }
        }

        return unknown ? null : FeelBooleans.False;
    }

    private static bool? Test(object? x, object? candidate)
    {
        switch (candidate)
        {
            case FeelRange range:
                return range.Contains(x);
            case IReadOnlyList<object?> list:
                var unknown = false;
                foreach (var item in list)
                {
                    switch (item is FeelRange range ? range.Contains(x) : FeelComparison.AreEqual(x, item))
                    {
                        case true:
                            return true;
                        case null:
                            unknown = true;
                            break;
                    }
                }

                return unknown ? null : false;
            default:
                return FeelComparison.AreEqual(x, candidate);
        }
    }
}
