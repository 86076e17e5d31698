using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing.Processors;

/// <summary>
/// A call activity: names the process to call and leaves the start of the child instance to the command runner (finding
/// the latest version reads the store); on termination, its child is cancelled after the commit.
/// </summary>
internal sealed class CallActivityProcessor : IBpmnElementProcessor
{
    public void Activate(ProcessingContext context, FlowNode node, ElementInstance element)
    {
        var call = (CallActivity)node;
        var processId = context.Expressions.EvaluateText(
            call.ProcessId ?? throw new InvalidOperationException($"Call activity '{call.Id}' passed validation without a called process."),
            element.Key, "called process");
        if (processId.Failed)
        {
            element.State = ElementInstanceState.Activating;
            context.Incidents.Raise(element, IncidentType.ExtractValueError, processId.Error!);
            return;
        }

        context.CallsToStart.Add((element, processId.Value!));
    }

    public void Terminate(ProcessingContext context, ElementInstance element)
    {
        if (element.CalledInstanceId is { } child)
        {
            context.CalledInstancesToCancel.Add(child);
        }
    }
}
