using Ams.Workflow.Engine.Feel;

namespace Ams.Workflow.Engine.Dmn;

/// <summary>A decision whose value is one FEEL expression, named by its <c>variable</c>.</summary>
public sealed class LiteralExpression(FeelExpression expression, string? variableName) : DecisionLogic
{
    /// <summary>The expression.</summary>
    public FeelExpression Expression { get; } = expression;

    /// <summary>The name of the decision's variable, when the DMN gives one.</summary>
    public string? VariableName { get; } = variableName;

    /// <inheritdoc />
    internal override object? Evaluate(IFeelVariables variables, FeelEvaluationContext context) => Expression.Evaluate(variables, context);
}
