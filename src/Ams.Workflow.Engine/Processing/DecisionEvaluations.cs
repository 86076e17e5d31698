using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Dmn;
using Ams.Workflow.Engine.Feel;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// Decisions the business rule tasks of one command asked for. Processors run synchronously and the decisions live in
/// the store, so the command runner finds them between steps and hands each back here: as Zeebe does, the task
/// completes with the result in its result variable (local, so output mappings see it; without them it goes to the
/// enclosing scope), or gets a decision evaluation incident naming the decision and the reason.
/// </summary>
internal sealed class DecisionEvaluations(ProcessingContext context)
{
    private readonly List<PendingDecision> pending = [];

    public bool HasPending => pending.Count > 0;

    public void Request(ElementInstance element, string decisionId, string resultVariable) =>
        pending.Add(new PendingDecision(element.Key, decisionId, resultVariable));

    public List<PendingDecision> TakePending()
    {
        var taken = pending.ToList();
        pending.Clear();
        return taken;
    }

    /// <summary>Evaluates a pending decision in the graph found for it (null when none is deployed) and moves its task on.</summary>
    public void Evaluate(PendingDecision request, DecisionResourceRecord? resource, DecisionRequirementsGraph? graph)
    {
        if (context.Instance.Element(request.ElementInstanceKey) is not { State: ElementInstanceState.Activated } element)
        {
            return;
        }

        if (resource is null || graph is null)
        {
            Fail(element, $"No decision with id '{request.DecisionId}' is deployed.");
            return;
        }

        var result = graph.Evaluate(request.DecisionId, context.VariablesOf(element.Key), new FeelEvaluationContext(context.Now));
        if (result.Failed)
        {
            Fail(element, result.Error!);
            return;
        }

        var value = result.ToJson();
        if (VariableSize.DepthOf(value) > VariableSize.MaxDepth)
        {
            Fail(element, $"The decision '{request.DecisionId}' gave a value nested more than {VariableSize.MaxDepth} levels deep.");
            return;
        }

        context.Record(HistoryEventType.DecisionEvaluated, element,
            $"{request.DecisionId} ({resource.DecisionRequirementsId} v{resource.Version}) = {value?.ToJsonString() ?? "null"}");
        context.Transitions.AcceptCompletionVariables(element, new JsonObject { [request.ResultVariable] = value });
        context.Transitions.Complete(element);
    }

    private void Fail(Runtime.ElementInstance element, string message)
    {
        element.State = ElementInstanceState.Activating;
        context.Incidents.Raise(element, IncidentType.DecisionEvaluationError, message);
    }
}
