using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Hangfire.Tests;

/// <summary>Completes every job after a short pause, recording where it ran.</summary>
public sealed class RecordingHandler(ExecutionLog log, WorkflowHangfireOptions options) : IJobHandler
{
    public async Task<JobOutcome> HandleAsync(JobRecord job, CancellationToken cancellationToken)
    {
        using (log.Enter(job.Key, options.NodeName))
        {
            await Task.Delay(5, cancellationToken);
        }

        return JobOutcome.Complete(new System.Text.Json.Nodes.JsonObject { ["handledBy"] = options.NodeName });
    }
}

/// <summary>Fails the first two attempts of every job, then completes it.</summary>
public sealed class FlakyHandler(ExecutionLog log) : IJobHandler
{
    public Task<JobOutcome> HandleAsync(JobRecord job, CancellationToken cancellationToken)
    {
        using (log.Enter(job.Key, "flaky"))
        {
        }

        return log.Runs.Count(r => r.JobKey == job.Key) <= 2
            ? throw new InvalidOperationException("The certificate authority is not answering.")
            : Task.FromResult(JobOutcome.Complete());
    }
}
