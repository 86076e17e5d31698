using Ams.Workflow.Engine.Feel;

namespace Ams.Workflow.Engine.Dmn;

/// <summary>A row of a decision table: one unary test per input, one expression per output.</summary>
/// <param name="Id">The rule's id.</param>
/// <param name="InputEntries">The tests, in input order.</param>
/// <param name="OutputEntries">The output expressions, in output order; null for an empty entry (a null value).</param>
public sealed record DecisionRule(string? Id, IReadOnlyList<FeelUnaryTests> InputEntries, IReadOnlyList<FeelExpression?> OutputEntries)
{
    /// <summary>Whether every input entry holds for its input's value; false or null from one test means no match.</summary>
    internal bool Matches(IReadOnlyList<object?> inputValues, IFeelVariables variables, FeelEvaluationContext context)
    {
        for (var i = 0; i < InputEntries.Count; i++)
        {
            if (InputEntries[i].Test(inputValues[i], variables, context) is not true)
            {
                return false;
            }
        }

        return true;
    }
}
