using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine;

/// <summary>Retrying open incidents.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Retries an open incident: a job incident returns the job to the pool with <paramref name="retries"/> (at least 1);
    /// any other re-runs the held step with the variables as they are now.
    /// </summary>
    public Task<CommandResult> RetryIncidentAsync(Guid processInstanceId, Guid incidentKey, int? retries, string? actor, CancellationToken cancellationToken = default) =>
        runner.RunAsync(processInstanceId, actor, context =>
        {
            var incident = context.Instance.Incidents.Find(i => i.Key == incidentKey);
            if (incident is null)
            {
                return CommandResult.NotFound("The incident is not open.");
            }

            context.Incidents.Resolve(incident);
            var element = context.Instance.Element(incident.ElementInstanceKey);
            if (incident.JobKey is { } jobKey && context.Instance.Jobs.Find(j => j.Key == jobKey) is { } job)
            {
                job.State = JobState.Activatable;
                job.Retries = Math.Max(1, retries ?? 1);
                job.RetryAt = null;
                context.Changes.Jobs[job.Key] = job;
                context.Record(HistoryEventType.JobRetriesUpdated, incident.ElementId, incident.ElementInstanceKey, job.Retries.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (element is not null)
            {
                context.Transitions.Resume(element);
            }

            foreach (var held in incident.HeldElementKeys ?? [])
            {
                if (context.Instance.Element(held) is { } heldElement)
                {
                    context.Transitions.Resume(heldElement);
                }
            }

            return CommandResult.Ok;
        }, retryOnConflict: false, cancellationToken);
}
