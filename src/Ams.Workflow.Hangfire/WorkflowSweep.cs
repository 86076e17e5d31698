using Ams.Workflow.Engine;
using Hangfire;

namespace Ams.Workflow.Hangfire;

/// <summary>
/// The recurring safety net: finds due timers and activatable jobs in the database and hands them to Hangfire,
/// so that nothing is lost when a node stopped between a commit and its enqueue, or Hangfire's storage was memory.
/// </summary>
public sealed class WorkflowSweep(WorkflowEngine engine, HangfireWorkScheduler scheduler, JobHandlerRegistry registry, WorkflowHangfireOptions options, TimeProvider clock)
{
    /// <summary>The recurring job's id.</summary>
    public const string RecurringJobId = "workflow-sweep";

    /// <summary>
    /// Run once when the node starts: ends the leases this node held when it stopped, then sweeps, so that work it
    /// left unfinished in a crash runs at once. Node names must be unique among the running nodes.
    /// </summary>
    public async Task<(int Leases, int Timers, int Jobs)> RecoverAsync(CancellationToken cancellationToken)
    {
        var leases = await engine.ReleaseJobLeasesAsync(options.NodeName, cancellationToken);
        var (timers, jobs) = await RunAsync(cancellationToken);
        return (leases, timers, jobs);
    }

    /// <summary>Fires due timers and enqueues waiting in-process jobs; returns how many of each.</summary>
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(60)]
    public async Task<(int Timers, int Jobs)> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var timers = await engine.Store.FindDueTimersAsync(now, options.SweepBatchSize, cancellationToken);
        foreach (var timer in timers)
        {
            _ = await engine.FireTimerAsync(timer.Key, cancellationToken);
        }

        var jobs = registry.JobTypes.Count == 0
            ? []
            : await engine.Store.FindActivatableJobsAsync(registry.JobTypes, now, options.SweepBatchSize, cancellationToken);
        foreach (var job in jobs)
        {
            scheduler.Run(job);
        }

        return (timers.Count, jobs.Count);
    }
}
