using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Processing;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine;

/// <summary>Job workers' commands: lease jobs, renew and release leases, complete, fail or throw a BPMN error.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>Leases up to <paramref name="maxJobs"/> jobs of a type to <paramref name="worker"/> for <paramref name="lockDuration"/>.</summary>
    public Task<IReadOnlyList<JobRecord>> ActivateJobsAsync(string type, int maxJobs, string worker, TimeSpan lockDuration, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return store.ActivateJobsAsync(type, Math.Clamp(maxJobs, 1, 1000), worker, now + lockDuration, now, cancellationToken);
    }

    /// <summary>Leases one job, if it is activatable.</summary>
    public Task<JobRecord?> ActivateJobAsync(Guid jobKey, string worker, TimeSpan lockDuration, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return store.ActivateJobAsync(jobKey, worker, now + lockDuration, now, cancellationToken);
    }

    /// <summary>Extends a lease the worker still holds by <paramref name="lockDuration"/> from now; false when it lost the lease.</summary>
    public Task<bool> RenewJobLeaseAsync(Guid jobKey, string worker, TimeSpan lockDuration, CancellationToken cancellationToken = default) =>
        store.RenewJobLeaseAsync(jobKey, worker, clock.GetUtcNow() + lockDuration, cancellationToken);

    /// <summary>
    /// Ends every lease <paramref name="worker"/> holds, for a worker that starts again after a crash: what it held when
    /// it stopped can be taken at once instead of when the leases run out. Returns how many leases ended.
    /// </summary>
    public Task<int> ReleaseJobLeasesAsync(string worker, CancellationToken cancellationToken = default) =>
        store.ReleaseJobLeasesAsync(worker, clock.GetUtcNow(), cancellationToken);

    /// <summary>
    /// Completes a job the worker holds; <paramref name="outbox"/> rows and the host's <paramref name="alsoWrite"/> are
    /// written in the same transaction.
    /// </summary>
    public Task<CommandResult> CompleteJobAsync(
        Guid jobKey,
        string worker,
        JsonObject? variables,
        IReadOnlyList<OutboxMessage>? outbox = null,
        CancellationToken cancellationToken = default,
        IReadOnlyList<IHostWrite>? alsoWrite = null) =>
        RefusedOrRun(variables, () => OnLeasedJobAsync(jobKey, worker, (context, job, element) =>
        {
            job.State = JobState.Completed;
            context.Instance.Jobs.Remove(job);
            context.Changes.Jobs[job.Key] = job;
            context.Changes.Outbox.AddRange(outbox ?? []);
            context.Changes.HostWrites.AddRange(alsoWrite ?? []);
            context.Record(HistoryEventType.JobCompleted, element, job.Type);
            context.Transitions.AcceptCompletionVariables(element, variables);
            context.Transitions.Complete(element);
            return CommandResult.Ok;
        }, cancellationToken));

    /// <summary>
    /// Records a failed attempt: with retries left the job returns to the pool after a back-off
    /// (<paramref name="backoff"/>, or doubling from the configured one); at zero it becomes an incident.
    /// </summary>
    public Task<CommandResult> FailJobAsync(Guid jobKey, string worker, int retries, string? message, TimeSpan? backoff = null, CancellationToken cancellationToken = default) =>
        OnLeasedJobAsync(jobKey, worker, (context, job, element) =>
        {
            var attempt = job.Failures++;
            job.Retries = Math.Max(0, retries);
            job.ErrorMessage = message;
            job.Worker = null;
            job.LockedUntil = null;
            context.Changes.Jobs[job.Key] = job;
            context.Record(HistoryEventType.JobFailed, element, message);
            if (job.Retries > 0)
            {
                job.State = JobState.Activatable;
                job.RetryAt = context.Now + (backoff ?? Backoff(attempt));
            }
            else
            {
                job.State = JobState.Failed;
                context.Incidents.Raise(element, IncidentType.JobNoRetries, message ?? $"Job '{job.Type}' failed with no retries left.", job.Key);
            }

            return CommandResult.Ok;
        }, cancellationToken);

    /// <summary>A worker reports a BPMN error: the nearest matching error boundary event catches it, else an incident.</summary>
    public Task<CommandResult> ThrowErrorAsync(Guid jobKey, string worker, string errorCode, string? message, CancellationToken cancellationToken = default) =>
        OnLeasedJobAsync(jobKey, worker, (context, job, element) =>
        {
            job.ErrorMessage = message;
            if (context.Errors.Throw(element, errorCode))
            {
                return CommandResult.Ok;
            }

            job.State = JobState.Failed;
            job.Worker = null;
            job.LockedUntil = null;
            context.Changes.Jobs[job.Key] = job;
            context.Incidents.Raise(element, IncidentType.UnhandledError,
                $"The error '{errorCode}' thrown by job '{job.Type}' is not caught by any error boundary event{(message is null ? "" : $": {message}")}.", job.Key);
            return CommandResult.Ok;
        }, cancellationToken);

    private Task<CommandResult> OnLeasedJobAsync(Guid jobKey, string worker, Func<ProcessingContext, JobRecord, ElementInstance, CommandResult> command, CancellationToken cancellationToken) =>
        FindThenRunAsync(store.FindJobAsync(jobKey, cancellationToken), j => j?.ProcessInstanceId, worker, context =>
        {
            var job = context.Instance.Jobs.Find(j => j.Key == jobKey);
            if (job is null)
            {
                return CommandResult.NotFound("The job is no longer open.");
            }

            context.Changes.RequiredLease = (jobKey, worker);
            return command(context, job, context.Instance.Element(job.ElementInstanceKey)!);
        }, "The job does not exist.", cancellationToken, lease: (jobKey, worker));

    private bool HoldsLease(JobRecord job, string worker) =>
        job.State == JobState.Activated && job.Worker == worker && job.LockedUntil > clock.GetUtcNow();

    private TimeSpan Backoff(int attempt)
    {
        var delay = options.RetryBackoff * Math.Pow(2, Math.Min(attempt, 20));
        return delay > options.MaxRetryBackoff ? options.MaxRetryBackoff : delay;
    }
}
