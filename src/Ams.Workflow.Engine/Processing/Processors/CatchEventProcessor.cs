using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing.Processors;

/// <summary>
/// An intermediate timer, message or signal catch event: opens its timer or subscription and waits. After an event-based
/// gateway its event has already occurred, so it completes at once.
/// </summary>
internal sealed class CatchEventProcessor : IBpmnElementProcessor
{
    public void Activate(ProcessingContext context, FlowNode node, ElementInstance element)
    {
        if (context.Events.HasOccurred(element))
        {
            context.Transitions.Complete(element);
            return;
        }

        if (!context.Events.Open(element, node.Id, ((IntermediateCatchEvent)node).Trigger))
        {
            element.State = ElementInstanceState.Activating;
        }
    }

    public void Terminate(ProcessingContext context, ElementInstance element)
    {
    }
}
