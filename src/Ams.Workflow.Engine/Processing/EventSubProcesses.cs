using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// The event sub-processes of a scope, as Zeebe runs them: their start events are subscribed while the scope is active
/// (held by the scope's instance, or by the process instance's id at the process level) and withdrawn when it ends.
/// Triggered, an interrupting one first terminates every other token of the scope; a non-interrupting one runs beside
/// them, as often as its event occurs.
/// </summary>
internal sealed class EventSubProcesses(ProcessingContext context)
{
    /// <summary>Who holds the subscriptions of the scope <paramref name="scopeKey"/>: its instance, or the process instance.</summary>
    public Guid HolderOf(Guid? scopeKey) => scopeKey ?? context.Instance.Id;

    /// <summary>The scope whose event sub-processes a holder's subscription belongs to; null for the process.</summary>
    public Guid? ScopeKeyOf(Guid holderKey) => holderKey == context.Instance.Id ? null : holderKey;

    /// <summary>
    /// Opens the message subscriptions and timers of the scope's event sub-processes (again, after an incident); false,
    /// with an incident on <paramref name="blame"/>, when one cannot open.
    /// </summary>
    public bool Open(IFlowScope scope, Guid? scopeKey, ElementInstance blame)
    {
        Close(scope, scopeKey);
        foreach (var start in StartsOf(scope))
        {
            if (!context.Events.Open(HolderOf(scopeKey), scopeKey, blame, start.Id, start.Trigger))
            {
                Close(scope, scopeKey);
                return false;
            }
        }

        return true;
    }

    /// <summary>An event sub-process's start event occurred in the scope <paramref name="scopeKey"/>.</summary>
    public void Trigger(StartEvent start, Guid? scopeKey, JsonObject? variables)
    {
        var eventSubProcess = start.EventSubProcess!;
        if (start.Interrupting)
        {
            Close(eventSubProcess.Scope!, scopeKey);
            foreach (var element in context.Instance.Elements.Where(e => e.ScopeKey == scopeKey).ToList())
            {
                if (context.Instance.Elements.Contains(element))
                {
                    context.Transitions.Terminate(element);
                }
            }

            context.Instance.JoinArrivals.RemoveAll(j => j.ScopeKey == scopeKey);
        }

        if (context.Transitions.Arrive(eventSubProcess, scopeKey, null) is { } arrived)
        {
            context.Transitions.AcceptCompletionVariables(arrived, variables);
        }
    }

    /// <summary>
    /// An error reached the scope <paramref name="scopeKey"/>: its error event sub-process for the code (else one that
    /// catches every code) starts, interrupting the scope. False when the scope has none.
    /// </summary>
    public bool CatchError(IFlowScope scope, Guid? scopeKey, string errorCode, ElementInstance source)
    {
        var starts = StartsOf(scope).ToList();
        var start = starts.Find(s => s.Trigger is ErrorTrigger { ErrorCode: { } code } && code == errorCode)
            ?? starts.Find(s => s.Trigger is ErrorTrigger { ErrorCode: null });
        if (start is null)
        {
            return false;
        }

        context.Record(HistoryEventType.JobErrorThrown, source, errorCode);
        Trigger(start, scopeKey, null);
        return true;
    }

    private void Close(IFlowScope scope, Guid? scopeKey) =>
        context.Events.CloseAll(HolderOf(scopeKey), StartsOf(scope).Select(s => s.Id).ToHashSet(StringComparer.Ordinal));

    private static IEnumerable<StartEvent> StartsOf(IFlowScope scope) =>
        scope.EventSubProcesses.Select(s => s.EventStart).OfType<StartEvent>();
}
