using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing.Processors;

/// <summary>An intermediate throw event: a signal one broadcasts its signal and moves on; a none one just moves on.</summary>
internal sealed class ThrowEventProcessor : IBpmnElementProcessor
{
    public void Activate(ProcessingContext context, FlowNode node, ElementInstance element)
    {
        if (((IntermediateThrowEvent)node).Trigger is SignalTrigger signal && !context.Signals.Throw(element, signal))
        {
            element.State = ElementInstanceState.Activating;
            return;
        }

        context.Transitions.Complete(element);
    }

    public void Terminate(ProcessingContext context, ElementInstance element)
    {
    }
}
