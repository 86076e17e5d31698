using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>
/// What an event sub-process needs to run, as in Camunda 8: no flows in or out, exactly one start event, and that
/// start event a message (with a correlation key), a timer, a signal or an error, an error one always interrupting.
/// </summary>
internal static class EventSubProcessRules
{
    public static void Validate(SubProcess eventSubProcess, ProblemList problems)
    {
        if (eventSubProcess.Incoming.Count > 0 || eventSubProcess.Outgoing.Count > 0)
        {
            problems.Error(eventSubProcess, "An event sub-process cannot have incoming or outgoing sequence flows; its start event starts it.");
        }

        if (eventSubProcess.Loop is not null)
        {
            problems.Error(eventSubProcess, "An event sub-process cannot be multi-instance.");
        }

        var starts = eventSubProcess.Nodes.OfType<StartEvent>().ToList();
        if (starts.Count != 1)
        {
            problems.Error(eventSubProcess, starts.Count == 0
                ? "The event sub-process has no start event; add a message, timer, signal or error start event."
                : $"The event sub-process has {starts.Count} start events; keep exactly one.");
            return;
        }

        switch (starts[0])
        {
            case { Trigger: null } start:
                problems.Error(start, $"The start event of event sub-process '{eventSubProcess.Id}' needs a message, timer, signal or error definition.");
                break;
            case { Trigger: MessageTrigger { CorrelationKey: null } message } start:
                problems.Error(start, $"Message '{message.MessageName}' has no correlation key, so it cannot be matched to an instance: set it on the message.");
                break;
            case { Trigger: ErrorTrigger, Interrupting: false } start:
                problems.Error(start, $"The error start event of event sub-process '{eventSubProcess.Id}' always interrupts; it cannot be non-interrupting.");
                break;
            case { Trigger: MessageTrigger or TimerTrigger or SignalTrigger or ErrorTrigger }:
                break;
            case var start:
                problems.Error(start, $"The start event of event sub-process '{eventSubProcess.Id}' must be a message, timer, signal or error start event.");
                break;
        }
    }
}
