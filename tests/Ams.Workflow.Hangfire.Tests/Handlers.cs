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

/// <summary>Works for three and a half seconds, far longer than the test's one-second lease.</summary>
public sealed class SlowHandler(ExecutionLog log, WorkflowHangfireOptions options) : IJobHandler
{
    public async Task<JobOutcome> HandleAsync(JobRecord job, CancellationToken cancellationToken)
    {
        using (log.Enter(job.Key, options.NodeName))
        {
            await Task.Delay(3500, cancellationToken);
        }

        return JobOutcome.Complete();
    }
}

/// <summary>Answers with a result larger than one command may hand to an instance.</summary>
public sealed class OversizedResultHandler(ExecutionLog log) : IJobHandler
{
    public Task<JobOutcome> HandleAsync(JobRecord job, CancellationToken cancellationToken)
    {
        using (log.Enter(job.Key, "oversized"))
        {
        }

        return Task.FromResult(JobOutcome.Complete(new System.Text.Json.Nodes.JsonObject { ["report"] = new string('r', 2_000_000) }));
    }
}
