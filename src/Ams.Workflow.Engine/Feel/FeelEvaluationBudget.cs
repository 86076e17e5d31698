namespace Ams.Workflow.Engine.Feel;

/// <summary>
/// Counts the iterations of one evaluation (loop bodies, filter and quantifier tests, calls of function literals),
/// so that nested loops over large lists or ranges end with an error instead of running for minutes.
/// </summary>
internal sealed class FeelEvaluationBudget
{
    private long spent;

    public void Spend(long steps)
    {
        spent += steps;
        if (spent > FeelLimits.MaxIterations)
        {
            throw new FeelEvaluationException(
                $"The expression iterates more than {FeelLimits.MaxIterations} times (loops, filters, quantifiers or sort).");
        }
    }
}
