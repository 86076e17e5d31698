using Ams.Workflow.Engine.Feel;
using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing.Processors;

/// <summary>Takes the first outgoing flow whose condition is true, else the default flow, else raises an incident.</summary>
internal sealed class ExclusiveGatewayProcessor : IBpmnElementProcessor
{
    public void Activate(ProcessingContext context, FlowNode node, ElementInstance element)
    {
        var gateway = (ExclusiveGateway)node;
        if (gateway.Outgoing.Count == 1 && gateway.Outgoing[0].Condition is null)
        {
            context.Transitions.Complete(element);
            return;
        }

        foreach (var flow in gateway.Outgoing)
        {
            if (flow == gateway.DefaultFlow || flow.Condition is null)
            {
                continue;
            }

            var holds = context.Expressions.Evaluate(flow.Condition, element.Key, $"condition of '{flow.Id}'");
            if (holds.Failed)
            {
                context.Incidents.Raise(element, IncidentType.ConditionError, holds.Error!);
                element.State = ElementInstanceState.Activating;
                return;
            }

            if (FeelValues.IsTruthy(holds.Value))
            {
                context.Transitions.Complete(element, [flow]);
                return;
            }
        }

        if (gateway.DefaultFlow is { } fallback)
        {
            context.Transitions.Complete(element, [fallback]);
            return;
        }

        element.State = ElementInstanceState.Activating;
        context.Incidents.Raise(element, IncidentType.ConditionError,
            $"No condition of the outgoing flows of '{gateway.Id}' was true and it has no default flow: set the variables it reads, then retry.");
    }

    public void Terminate(ProcessingContext context, ElementInstance element)
    {
    }
}
