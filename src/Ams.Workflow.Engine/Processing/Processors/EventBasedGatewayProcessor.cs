using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing.Processors;

/// <summary>
/// An event-based gateway: opens, on its own behalf, the timer or subscription of every catch event after it and
/// waits. The event that occurs first completes the gateway through <see cref="EventSubscriptions"/>.
/// </summary>
internal sealed class EventBasedGatewayProcessor : IBpmnElementProcessor
{
    public void Activate(ProcessingContext context, FlowNode node, ElementInstance element)
    {
        foreach (var flow in node.Outgoing)
        {
            var catchEvent = (IntermediateCatchEvent)flow.Target;
            if (!context.Events.Open(element, catchEvent.Id, catchEvent.Trigger))
            {
                context.Events.CloseAll(element.Key);
                element.State = ElementInstanceState.Activating;
                return;
            }
        }
    }

    public void Terminate(ProcessingContext context, ElementInstance element)
    {
    }
}
