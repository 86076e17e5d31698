using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// Carries a BPMN error outward from where it was thrown: the first activity on the way with an error boundary
/// event for its code (or one that catches every code) is terminated and its boundary event taken.
/// </summary>
internal sealed class ErrorPropagation(ProcessingContext context)
{
    /// <summary>Throws from <paramref name="source"/>; false when nothing catches the error.</summary>
    public bool Throw(ElementInstance source, string errorCode)
    {
        for (ElementInstance? current = source; current is not null; current = Parent(current))
        {
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

        return false;
    }

    private static BoundaryEvent? Catcher(Activity activity, string errorCode) =>
        activity.BoundaryEvents.FirstOrDefault(b => b.Trigger is ErrorTrigger { ErrorCode: { } code } && code == errorCode)
        ?? activity.BoundaryEvents.FirstOrDefault(b => b.Trigger is ErrorTrigger { ErrorCode: null });

    private ElementInstance? Parent(ElementInstance element) =>
        element.ScopeKey is { } key ? context.Instance.Element(key) : null;
}
