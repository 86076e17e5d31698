namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>
/// <c>some x in a satisfies c</c> and <c>every x in a satisfies c</c>: true or false when every test is a boolean,
/// as Camunda; a test that is not a boolean makes the answer null unless another test decides it.
/// </summary>
internal sealed class FeelQuantifiedNode(int position, bool every, FeelIteration[] iterations, FeelNode condition)
    : FeelNode(position, Math.Max(iterations.Max(iteration => iteration.Depth), condition.Depth) + 1)
{
    public override object? Evaluate(in FeelEvaluationScope scope)
    {
        var unknown = false;
        return Test(scope, 0, ref unknown) switch
        {
            null => null,
            true => FeelBooleans.Box(!every),
            false => unknown ? null : FeelBooleans.Box(every),
        };
    }

    // True when a test decided the answer (some: a true test; every: a false test); null when a source is not a list.
    private bool? Test(in FeelEvaluationScope scope, int level, ref bool unknown)
    {
        if (level == iterations.Length)
        {
            scope.Budget?.Spend(1);
            var result = condition.Evaluate(scope);
            if (result is not bool holds)
            {
                unknown = true;
                return false;
            }

            return holds != every;
        }

        var iteration = iterations[level];
        if (iteration.Items(scope) is not { } items)
        {
            return null;
        }

        foreach (var item in items)
        {
            switch (Test(scope.With(iteration.Name, item), level + 1, ref unknown))
            {
                case null:
                    return null;
                case true:
                    return true;
            }
        }

        return false;
    }
}
