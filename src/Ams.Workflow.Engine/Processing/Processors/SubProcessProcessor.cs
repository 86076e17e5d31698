using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing.Processors;

/// <summary>
/// An embedded sub-process: its event sub-processes are subscribed, a token enters at its none start event (an event
/// sub-process's: at the start event that occurred) and it completes when its last token ends.
/// </summary>
internal sealed class SubProcessProcessor : IBpmnElementProcessor
{
    public void Activate(ProcessingContext context, FlowNode node, ElementInstance element)
    {
        var subProcess = (SubProcess)node;
        if (!context.EventSubProcesses.Open(subProcess, element.Key, element))
        {
            return;
        }

        var start = (subProcess.TriggeredByEvent ? subProcess.EventStart : subProcess.NoneStartEvent)
            ?? throw new InvalidOperationException($"Sub-process '{node.Id}' passed validation without its start event.");
        _ = context.Transitions.Arrive(start, element.Key, null);
    }

    public void Terminate(ProcessingContext context, ElementInstance element)
    {
    }
}
