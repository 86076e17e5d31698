namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>
/// <c>for x in a, y in b return e</c>: the list of e for every combination, the first name varying slowest.
/// A source that is not a list gives null.
/// </summary>
internal sealed class FeelForNode(int position, FeelIteration[] iterations, FeelNode body)
    : FeelNode(position, Math.Max(iterations.Max(iteration => iteration.Depth), body.Depth) + 1)
{
    public override object? Evaluate(in FeelEvaluationScope scope)
    {
        var results = new List<object?>();
        return Iterate(scope, 0, results) ? results : null;
    }

    private bool Iterate(in FeelEvaluationScope scope, int level, List<object?> results)
    {
        if (level == iterations.Length)
        {
            scope.Budget?.Spend(1);
            FeelLimits.CheckListLength(results.Count + 1L, "The result of 'for'");
            results.Add(body.Evaluate(scope));
            return true;
        }

        var iteration = iterations[level];
        if (iteration.Items(scope) is not { } items)
        {
            return false;
        }

        foreach (var item in items)
        {
            if (!Iterate(scope.With(iteration.Name, item), level + 1, results))
            {
                return false;
            }
        }

        return true;
    }
}
