using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// Opens, closes and triggers the timers and message subscriptions of catch and boundary events, and of the start
/// events of event sub-processes (held by their enclosing scope's instance, or by the process instance's id); signal
/// subscriptions through <see cref="SignalEvents"/>.
/// </summary>
internal sealed class EventSubscriptions(ProcessingContext context)
{
    // Timers opened by this command: withdrawing one before the commit leaves no row to remove.
    private readonly HashSet<Guid> openedTimers = [];

    // Catch events reached through an event-based gateway whose event has already occurred.
    private readonly HashSet<Guid> occurred = [];

    /// <summary>Whether this catch event's event occurred at the event-based gateway before it: it completes without waiting.</summary>
    public bool HasOccurred(ElementInstance catchEvent) => occurred.Remove(catchEvent.Key);

    /// <summary>Opens the timers and subscriptions of an activity's boundary events; false (with an incident) when one cannot open.</summary>
    public bool OpenBoundaryEvents(ElementInstance activity, Activity model)
    {
        foreach (var boundary in model.BoundaryEvents)
        {
            if (!Open(activity, boundary.Id, boundary.Trigger))
            {
                CloseAll(activity.Key);
                return false;
            }
        }

        return true;
    }

    /// <summary>Opens what <paramref name="trigger"/> waits for, on behalf of <paramref name="waiting"/>.</summary>
    public bool Open(ElementInstance waiting, string eventId, EventTrigger? trigger) =>
        Open(waiting.Key, waiting.Key, waiting, eventId, trigger);

    /// <summary>
    /// Opens what <paramref name="trigger"/> waits for, held by <paramref name="holderKey"/>, with its expressions
    /// evaluated in <paramref name="variablesScope"/>; a failure is an incident on <paramref name="blame"/>.
    /// </summary>
    public bool Open(Guid holderKey, Guid? variablesScope, ElementInstance blame, string eventId, EventTrigger? trigger) => trigger switch
    {
        TimerTrigger timer => OpenTimer(holderKey, variablesScope, blame, eventId, timer),
        MessageTrigger message => OpenSubscription(holderKey, variablesScope, blame, eventId, message),
        SignalTrigger signal => context.Signals.Open(holderKey, variablesScope, blame, eventId, signal),
        _ => true,
    };

    /// <summary>Withdraws every timer and subscription an element instance holds (those of <paramref name="eventIds"/> only, when given).</summary>
    public void CloseAll(Guid elementInstanceKey, IReadOnlySet<string>? eventIds = null)
    {
        foreach (var timer in context.Instance.Timers
                     .Where(t => t.ElementInstanceKey == elementInstanceKey && (eventIds is null || eventIds.Contains(t.ElementId))).ToList())
        {
            RemoveTimer(timer);
        }

        foreach (var subscription in context.Instance.Subscriptions
                     .Where(s => s.ElementInstanceKey == elementInstanceKey && (eventIds is null || eventIds.Contains(s.ElementId))).ToList())
        {
            RemoveSubscription(subscription);
        }

        context.Signals.CloseAll(elementInstanceKey, eventIds);
    }

    /// <summary>A timer fired: complete the catch event, or trigger the boundary event.</summary>
    public void Fire(TimerRecord timer)
    {
        var holderKey = timer.ElementInstanceKey!.Value;
        context.Record(HistoryEventType.TimerFired, timer.ElementId, holderKey);
        var node = context.Model.Node(timer.ElementId);
        var repeating = node switch
        {
            BoundaryEvent { CancelActivity: false, Trigger: TimerTrigger trigger } => trigger,
            StartEvent { Interrupting: false, EventSubProcess: not null, Trigger: TimerTrigger trigger } => trigger,
            _ => null,
        };
        if (repeating is not null
            && TimerRepetition.NextDue(timer, repeating, context.Expressions, context.EventSubProcesses.ScopeKeyOf(holderKey)) is { } due)
        {
            timer.DueAt = due;
            timer.Repetitions = timer.Repetitions < 0 ? -1 : timer.Repetitions - 1;
            context.Changes.TimersCreated[timer.Key] = timer;
        }
        else
        {
            RemoveTimer(timer);
        }

        Trigger(holderKey, node, null);
    }

    /// <summary>A message arrived for a subscription.</summary>
    public void Correlate(MessageSubscriptionRecord subscription, JsonObject? variables)
    {
        context.Record(HistoryEventType.MessageCorrelated, subscription.ElementId, subscription.ElementInstanceKey, subscription.MessageName);
        var node = context.Model.Node(subscription.ElementId);

        // A non-interrupting event sub-process may start again for every further message while its scope is active.
        if (node is not StartEvent { Interrupting: false, EventSubProcess: not null })
        {
            RemoveSubscription(subscription);
        }

        Trigger(subscription.ElementInstanceKey, node, variables);
    }

    /// <summary>
    /// The event <paramref name="node"/> held by <paramref name="holderKey"/> occurred: start its event sub-process, choose
    /// it at its event-based gateway, complete the catch event, or take the boundary event.
    /// </summary>
    public void Trigger(Guid holderKey, FlowNode node, JsonObject? variables)
    {
        if (node is StartEvent { EventSubProcess: not null } start)
        {
            context.EventSubProcesses.Trigger(start, context.EventSubProcesses.ScopeKeyOf(holderKey), variables);
            return;
        }

        var waiting = context.Instance.Element(holderKey)!;
        if (context.Node(waiting) is EventBasedGateway gateway)
        {
            ChooseEvent(waiting, gateway, node, variables);
            return;
        }

        if (node is not BoundaryEvent boundary)
        {
            context.Transitions.AcceptCompletionVariables(waiting, variables);
            context.Transitions.Complete(waiting);
            return;
        }

        if (boundary.CancelActivity)
        {
            context.Transitions.Terminate(waiting);
        }

        if (context.Transitions.Arrive(boundary, waiting.ScopeKey, null) is { } arrived)
        {
            context.Transitions.AcceptCompletionVariables(arrived, variables);
        }
    }

    /// <summary>
    /// The event <paramref name="catchEvent"/> occurred first: the gateway completes along its flow alone, withdrawing the
    /// other events, and the catch event, reached with the event's variables, completes without waiting again.
    /// </summary>
    private void ChooseEvent(ElementInstance waiting, EventBasedGateway gateway, FlowNode catchEvent, JsonObject? variables)
    {
        var flow = gateway.Outgoing.First(f => f.Target == catchEvent);
        context.Transitions.Complete(waiting, [flow]);
        if (context.Instance.Elements.FindLast(e => e.ElementId == catchEvent.Id && e.ScopeKey == waiting.ScopeKey) is { } arrived)
        {
            occurred.Add(arrived.Key);
            context.Transitions.AcceptCompletionVariables(arrived, variables);
        }
    }

    private bool OpenTimer(Guid holderKey, Guid? variablesScope, ElementInstance blame, string eventId, TimerTrigger trigger)
    {
        var schedule = context.Expressions.EvaluateTimer(trigger, variablesScope);
        if (schedule.Failed)
        {
            context.Incidents.Raise(blame, IncidentType.ExtractValueError, schedule.Error!);
            return false;
        }

        var timer = new TimerRecord
        {
            Key = ProcessingContext.NewKey(),
            ProcessInstanceId = context.Instance.Id,
            DefinitionKey = context.Instance.DefinitionKey,
            ElementInstanceKey = holderKey,
            ElementId = eventId,
            DueAt = schedule.Value!.DueAt,
            Repetitions = schedule.Value.Repetitions,
            Interval = schedule.Value.Interval,
        };
        context.Instance.Timers.Add(timer);
        context.Changes.TimersCreated[timer.Key] = timer;
        openedTimers.Add(timer.Key);
        context.Record(HistoryEventType.TimerCreated, eventId, holderKey, timer.DueAt.ToString("O"));
        return true;
    }

    private bool OpenSubscription(Guid holderKey, Guid? variablesScope, ElementInstance blame, string eventId, MessageTrigger trigger)
    {
        if (trigger.CorrelationKey is null)
        {
            context.Incidents.Raise(blame, IncidentType.ExtractValueError, $"The message '{trigger.MessageName}' of '{eventId}' has no correlation key.");
            return false;
        }

        var key = context.Expressions.EvaluateText(trigger.CorrelationKey, variablesScope, "correlation key");
        if (key.Failed)
        {
            context.Incidents.Raise(blame, IncidentType.ExtractValueError, key.Error!);
            return false;
        }

        var subscription = new MessageSubscriptionRecord
        {
            Key = ProcessingContext.NewKey(),
            ProcessInstanceId = context.Instance.Id,
            ElementInstanceKey = holderKey,
            ElementId = eventId,
            MessageName = trigger.MessageName,
            CorrelationKey = key.Value!,
            CreatedAt = context.Now,
        };
        context.Instance.Subscriptions.Add(subscription);
        context.Changes.SubscriptionsOpened[subscription.Key] = subscription;
        context.Record(HistoryEventType.MessageSubscribed, eventId, holderKey, $"{trigger.MessageName} [{subscription.CorrelationKey}]");
        return true;
    }

    private void RemoveTimer(TimerRecord timer)
    {
        context.Instance.Timers.Remove(timer);
        context.Changes.TimersCreated.Remove(timer.Key);
        if (!openedTimers.Remove(timer.Key))
        {
            context.Changes.TimersRemoved.Add(timer.Key);
        }
    }

    private void RemoveSubscription(MessageSubscriptionRecord subscription)
    {
        context.Instance.Subscriptions.Remove(subscription);
        if (!context.Changes.SubscriptionsOpened.Remove(subscription.Key))
        {
            context.Changes.SubscriptionsClosed.Add(subscription.Key);
        }
    }
}
