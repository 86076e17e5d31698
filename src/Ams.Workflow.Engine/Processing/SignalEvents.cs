using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// Signals within one instance, as Zeebe has them: a catching event subscribes by the signal's name (evaluated as it
/// is entered) and a broadcast of that name triggers it; a throwing event evaluates the name and hands the signal,
/// with its local variables, to be broadcast once the command has committed.
/// </summary>
internal sealed class SignalEvents(ProcessingContext context)
{
    /// <summary>
    /// Opens a subscription held by <paramref name="holderKey"/>, its name evaluated in <paramref name="variablesScope"/>;
    /// a failure is an incident on <paramref name="blame"/>.
    /// </summary>
    public bool Open(Guid holderKey, Guid? variablesScope, ElementInstance blame, string eventId, SignalTrigger trigger)
    {
        var name = context.Expressions.EvaluateText(trigger.Name, variablesScope, "signal name");
        if (name.Failed)
        {
            context.Incidents.Raise(blame, IncidentType.ExtractValueError, name.Error!);
            return false;
        }

        var subscription = new SignalSubscriptionRecord
        {
            Key = ProcessingContext.NewKey(),
            ProcessInstanceId = context.Instance.Id,
            ElementInstanceKey = holderKey,
            ElementId = eventId,
            SignalName = name.Value!,
            CreatedAt = context.Now,
        };
        context.Instance.SignalSubscriptions.Add(subscription);
        context.Changes.SignalSubscriptionsOpened[subscription.Key] = subscription;
        context.Record(HistoryEventType.SignalSubscribed, eventId, holderKey, subscription.SignalName);
        return true;
    }

    /// <summary>Withdraws the subscriptions an element instance holds (those of <paramref name="eventIds"/> only, when given).</summary>
    public void CloseAll(Guid elementInstanceKey, IReadOnlySet<string>? eventIds)
    {
        foreach (var subscription in context.Instance.SignalSubscriptions
                     .Where(s => s.ElementInstanceKey == elementInstanceKey && (eventIds is null || eventIds.Contains(s.ElementId))).ToList())
        {
            Remove(subscription);
        }
    }

    /// <summary>
    /// A broadcast signal reached a subscription that is still open. A non-interrupting boundary event or event
    /// sub-process keeps it, to be triggered by every further broadcast while its holder is active; any other is spent.
    /// </summary>
    public void Receive(SignalSubscriptionRecord subscription, JsonObject? variables)
    {
        context.Record(HistoryEventType.SignalReceived, subscription.ElementId, subscription.ElementInstanceKey, subscription.SignalName);
        var node = context.Model.Node(subscription.ElementId);
        if (node is not (BoundaryEvent { CancelActivity: false } or StartEvent { Interrupting: false, EventSubProcess: not null }))
        {
            Remove(subscription);
        }

        context.Events.Trigger(subscription.ElementInstanceKey, node, variables);
    }

    /// <summary>
    /// A throw or end event broadcasts its signal: the name is evaluated in the event's scope and the signal carries the
    /// event's local variables (its input mappings' results), as Zeebe sends them. False, with an incident, when the
    /// name cannot be evaluated.
    /// </summary>
    public bool Throw(ElementInstance element, SignalTrigger trigger)
    {
        var name = context.Expressions.EvaluateText(trigger.Name, element.Key, "signal name");
        if (name.Failed)
        {
            context.Incidents.Raise(element, IncidentType.ExtractValueError, name.Error!);
            return false;
        }

        var variables = (JsonObject?)element.Variables?.DeepClone() ?? [];
        context.Changes.SignalsThrown.Add(new ThrownSignal(name.Value!, variables, element.ElementId));
        context.Record(HistoryEventType.SignalThrown, element, name.Value);
        return true;
    }

    private void Remove(SignalSubscriptionRecord subscription)
    {
        context.Instance.SignalSubscriptions.Remove(subscription);
        if (!context.Changes.SignalSubscriptionsOpened.Remove(subscription.Key))
        {
            context.Changes.SignalSubscriptionsClosed.Add(subscription.Key);
        }
    }
}
