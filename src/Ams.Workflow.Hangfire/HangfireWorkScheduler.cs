using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Hangfire;

namespace Ams.Workflow.Hangfire;

/// <summary>Hands what a commit created to Hangfire: jobs with an in-process worker are enqueued, timers scheduled.</summary>
public sealed class HangfireWorkScheduler(IBackgroundJobClient jobs, JobHandlerRegistry registry, TimeProvider clock) : IWorkScheduler
{
    /// <inheritdoc />
    public Task OnCommittedAsync(InstanceChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var job in changes.Jobs.Values.Where(j => j.State == JobState.Activatable && registry.Find(j.Type) is not null))
        {
            Run(job);
        }

        foreach (var timer in changes.TimersCreated.Values)
        {
            ScheduleTimer(timer.Key, timer.DueAt);
        }

        return Task.CompletedTask;
    }

    /// <summary>Enqueues a job now, or at the end of its back-off.</summary>
    public void Run(JobRecord job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.RetryAt is { } at && at > clock.GetUtcNow())
        {
            _ = jobs.Schedule<JobExecution>(e => e.RunAsync(job.Key, CancellationToken.None), ScheduleTime.NotBefore(at));
        }
        else
        {
            _ = jobs.Enqueue<JobExecution>(e => e.RunAsync(job.Key, CancellationToken.None));
        }
    }

    /// <summary>Schedules a timer to be fired at its due time, never before.</summary>
    public void ScheduleTimer(Guid timerKey, DateTimeOffset dueAt) =>
        _ = jobs.Schedule<TimerFiring>(t => t.FireAsync(timerKey, CancellationToken.None), ScheduleTime.NotBefore(dueAt));
}
