using Ams.Workflow.Engine.Feel;

namespace Ams.Workflow.Engine.Dmn;

/// <summary>How a decision computes its value: a decision table or a literal expression.</summary>
public abstract class DecisionLogic
{
    /// <summary>Evaluates against <paramref name="variables"/>, which include the required decisions' results.</summary>
    /// <param name="variables">The variables.</param>
    /// <param name="context">The FEEL evaluation context.</param>
    /// <returns>The FEEL value.</returns>
    internal abstract object? Evaluate(IFeelVariables variables, FeelEvaluationContext context);
}
