using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing.Processors;

/// <summary>Start events, boundary events, parallel gateways, undefined and manual tasks: complete at once and take every outgoing flow.</summary>
internal sealed class PassThroughProcessor : IBpmnElementProcessor
{
    public void Activate(ProcessingContext context, FlowNode node, ElementInstance element) =>
        context.Transitions.Complete(element);

    public void Terminate(ProcessingContext context, ElementInstance element)
    {
    }
}
