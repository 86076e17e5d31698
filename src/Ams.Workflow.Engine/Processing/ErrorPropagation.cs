using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// Carries a BPMN error outward from where it was thrown, as Zeebe does: at each scope on the way, an error event
/// sub-process of the scope for its code (or one that catches every code) starts, interrupting the scope; else an
/// error boundary event of the scope's activity is taken, terminating it. An error thrown inside an event sub-process
/// is not caught by the event sub-processes of that same scope (which it would restart), only further out.
/// </summary>
internal sealed class ErrorPropagation(ProcessingContext context)
{
    /// <summary>Throws from <paramref name="source"/>; false when nothing catches the error.</summary>
    public bool Throw(ElementInstance source, string errorCode)
    {
        ElementInstance? child = null;
        for (ElementInstance? current = source; current is not null; child = current, current = Parent(current))
        {
            if (current.Loop is null && context.Node(current) is SubProcess subProcess && !IsEventSubProcess(child)
                && context.EventSubProcesses.CatchError(subProcess, current.Key, errorCode, source))
            {
                return true;
            }

            // An inner instance of a multi-instance activity has no boundary events of its own: its body holds them.
            if (current.LoopCounter is null && context.Node(current) is Activity activity && Catcher(activity, errorCode) is { } boundary)
            {
                context.Record(HistoryEventType.JobErrorThrown, source, errorCode);
                var scopeKey = current.ScopeKey;
                context.Transitions.Terminate(current);
                _ = context.Transitions.Arrive(boundary, scopeKey, null);
                return true;
            }
        }

        return !IsEventSubProcess(child) && context.EventSubProcesses.CatchError(context.Model, null, errorCode, source);
    }

    private bool IsEventSubProcess(ElementInstance? element) =>
        element is not null && context.Node(element) is SubProcess { TriggeredByEvent: true };

    private static BoundaryEvent? Catcher(Activity activity, string errorCode) =>
        activity.BoundaryEvents.FirstOrDefault(b => b.Trigger is ErrorTrigger { ErrorCode: { } code } && code == errorCode)
        ?? activity.BoundaryEvents.FirstOrDefault(b => b.Trigger is ErrorTrigger { ErrorCode: null });

    private ElementInstance? Parent(ElementInstance element) =>
        element.ScopeKey is { } key ? context.Instance.Element(key) : null;
}
