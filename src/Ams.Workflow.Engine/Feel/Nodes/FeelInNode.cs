namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>
/// <c>x in candidates</c>, where a candidate that is a list means "one of its items" and any other value means
/// "equal to it". True when any test is true, otherwise null when any test cannot tell, otherwise false.
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
            switch (Test(x, candidate.Evaluate(scope)))
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
        if (candidate is not IReadOnlyList<object?> list)
        {
            return FeelComparison.AreEqual(x, candidate);
        }

        var unknown = false;
        foreach (var item in list)
        {
            switch (FeelComparison.AreEqual(x, item))
            {
                case true:
                    return true;
                case null:
                    unknown = true;
                    break;
            }
        }

        return unknown ? null : false;
    }
}
