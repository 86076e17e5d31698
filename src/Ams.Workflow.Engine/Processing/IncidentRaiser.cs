using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>Raises and resolves incidents: expected failures that hold a token until an operator acts.</summary>
internal sealed class IncidentRaiser(ProcessingContext context)
{
    private IncidentRecord? lastRaised;
    private int raised;

    /// <summary>
    /// Raises an incident, or, once this command raised as many as it may, holds the element with the last one raised.
    /// </summary>
    public IncidentRecord Raise(ElementInstance element, IncidentType type, string message, Guid? jobKey = null)
    {
        if (raised >= context.Options.MaxIncidentsPerCommand && lastRaised is { JobKey: null } holder && jobKey is null)
        {
            holder.HeldElementKeys ??= [];
            holder.HeldElementKeys.Add(element.Key);
            return holder;
        }

        raised++;
        var incident = new IncidentRecord
        {
            Key = ProcessingContext.NewKey(),
            ProcessInstanceId = context.Instance.Id,
            ProcessId = context.Instance.ProcessId,
            ElementInstanceKey = element.Key,
            ElementId = element.ElementId,
            JobKey = jobKey,
            Type = type,
            Message = message,
            State = IncidentState.Open,
            CreatedAt = context.Now,
        };
        context.Instance.Incidents.Add(incident);
        context.Changes.Incidents[incident.Key] = incident;
        context.Record(HistoryEventType.IncidentCreated, element, message);
        lastRaised = incident;
        return incident;
    }

    public void Resolve(IncidentRecord incident)
    {
        incident.State = IncidentState.Resolved;
        incident.ResolvedAt = context.Now;
        context.Instance.Incidents.Remove(incident);
        context.Changes.Incidents[incident.Key] = incident;
        context.Record(HistoryEventType.IncidentResolved, incident.ElementId, incident.ElementInstanceKey, incident.Message);
    }

    public void ResolveAllOf(Guid elementInstanceKey)
    {
        foreach (var incident in context.Instance.Incidents.Where(i => i.ElementInstanceKey == elementInstanceKey).ToList())
        {
            Resolve(incident);
        }
    }
}
