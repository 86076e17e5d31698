namespace Ams.Workflow.Engine.Model;

/// <summary>
/// A business rule task that evaluates a DMN decision (<c>zeebe:calledDecision</c>): the latest deployed version of the
/// decision, its result stored in the result variable. One with a job type instead is read as a <see cref="ServiceTask"/>.
/// </summary>
public sealed class BusinessRuleTask(string id, string? name, ZeebeExpression? decisionId, string? resultVariable) : Activity(id, name)
{
    /// <summary>The decision id, static or a FEEL expression; null only in a model that fails validation.</summary>
    public ZeebeExpression? DecisionId { get; } = decisionId;

    /// <summary>The variable that receives the decision's result; null only in a model that fails validation.</summary>
    public string? ResultVariable { get; } = resultVariable;

    /// <inheritdoc />
    public override string ElementType => "businessRuleTask";
}
