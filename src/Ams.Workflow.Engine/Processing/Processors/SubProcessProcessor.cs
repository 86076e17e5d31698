using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing.Processors;

/// <summary>An embedded sub-process: a token enters at its none start event and it completes when its last token ends.</summary>
internal sealed class SubProcessProcessor : IBpmnElementProcessor
{
    public void Activate(ProcessingContext context, FlowNode node, ElementInstance element)
    {
        var start = ((SubProcess)node).NoneStartEvent
            ?? throw new InvalidOperationException($"Sub-process '{node.Id}' passed validation without a none start event.");
        _ = context.Transitions.Arrive(start, element.Key, null);
    }

    public void Terminate(ProcessingContext context, ElementInstance element)
    {
    }
}
