using Ams.Workflow.Engine.Feel;
using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing.Processors;

/// <summary>
/// Takes every outgoing flow whose condition is true, else the default flow, else raises an incident. The join
/// happens before activation, in <see cref="InclusiveJoin"/>.
/// </summary>
internal sealed class InclusiveGatewayProcessor : IBpmnElementProcessor
{
    public void Activate(ProcessingContext context, FlowNode node, ElementInstance element)
    {
        var gateway = (InclusiveGateway)node;
        if (gateway.Outgoing.Count == 1 && gateway.Outgoing[0].Condition is null)
        {
            context.Transitions.Complete(element);
            return;
        }

        var taken = new List<SequenceFlow>();
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
                taken.Add(flow);
            }
        }

        if (taken.Count == 0 && gateway.DefaultFlow is { } fallback)
        {
            taken.Add(fallback);
        }

        if (taken.Count > 0)
        {
            context.Transitions.Complete(element, taken);
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
