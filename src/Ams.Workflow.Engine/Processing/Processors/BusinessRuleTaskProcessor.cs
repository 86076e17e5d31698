using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing.Processors;

/// <summary>
/// A business rule task with a called decision: works out the decision id and asks for the decision's evaluation,
/// which the command runner performs before the command commits (the decision is read from the store); the task then
/// completes with the result, or gets an incident (see <see cref="DecisionEvaluations"/>).
/// </summary>
internal sealed class BusinessRuleTaskProcessor : IBpmnElementProcessor
{
    public void Activate(ProcessingContext context, FlowNode node, ElementInstance element)
    {
        var task = (BusinessRuleTask)node;
        var expression = task.DecisionId
            ?? throw new InvalidOperationException($"Business rule task '{task.Id}' passed validation without a decision id.");
        var decisionId = context.Expressions.EvaluateText(expression, element.Key, "decision id");
        if (decisionId.Failed)
        {
            element.State = ElementInstanceState.Activating;
            context.Incidents.Raise(element, IncidentType.ExtractValueError, decisionId.Error!);
            return;
        }

        context.Decisions.Request(element, decisionId.Value!, task.ResultVariable!);
    }

    public void Terminate(ProcessingContext context, ElementInstance element)
    {
    }
}
