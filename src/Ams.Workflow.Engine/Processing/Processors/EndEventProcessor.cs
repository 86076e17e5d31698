using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing.Processors;

/// <summary>
/// None end: the path ends. Terminate end: the whole scope ends. Error end: the error travels outward. Signal end: the
/// signal is broadcast and the path ends.
/// </summary>
internal sealed class EndEventProcessor : IBpmnElementProcessor
{
    public void Activate(ProcessingContext context, FlowNode node, ElementInstance element)
    {
        switch (((EndEvent)node).Trigger)
        {
            case TerminateTrigger:
                context.Transitions.Complete(element, []);
                context.Transitions.TerminateScope(element.ScopeKey);
                break;
            case ErrorTrigger { ErrorCode: { } code }:
                if (context.Errors.Throw(element, code))
                {
                    break;
                }

                if (context.Instance.ParentInstanceId is not null)
                {
                    // Zeebe carries an uncaught error to the call activity that started this instance; the end event
                    // waits here until the parent has caught it (terminating this instance) or has not.
                    context.ErrorForParent = (element, code);
                }
                else
                {
                    context.Incidents.Raise(element, IncidentType.UnhandledError,
                        $"The error '{code}' thrown by '{node.Id}' is not caught by any error boundary event.");
                }

                break;
            case SignalTrigger signal when !context.Signals.Throw(element, signal):
                element.State = ElementInstanceState.Activating;
                break;
            default:
                context.Transitions.Complete(element);
                break;
        }
    }

    public void Terminate(ProcessingContext context, ElementInstance element)
    {
    }
}
