using Ams.Workflow.Engine;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Workflow.Hangfire;

/// <summary>
/// The Hangfire job that runs one engine job: take its lease (or give up, if another node has it), run the
/// in-process worker while renewing the lease, report the outcome. The lease, not Hangfire, guarantees one runner at a time.
/// </summary>
public sealed class JobExecution(WorkflowEngine engine, IServiceProvider services, JobHandlerRegistry registry, WorkflowHangfireOptions options, TimeProvider clock)
{
    /// <summary>Runs the job if it is still activatable.</summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid jobKey, CancellationToken cancellationToken)
    {
        var job = await engine.ActivateJobAsync(jobKey, options.NodeName, options.LeaseDuration, cancellationToken);
        if (job is null || registry.Find(job.Type) is not { } handlerType)
        {
            return;
        }

        JobOutcome outcome;
        try
        {
            await using var renewal = new JobLeaseRenewal(engine, job.Key, options, clock);
            await using var scope = services.CreateAsyncScope();
            var handler = (IJobHandler)scope.ServiceProvider.GetRequiredService(handlerType);
            outcome = await handler.HandleAsync(job, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            outcome = JobOutcome.Fail($"{e.GetType().Name}: {e.Message}");
        }

        var reported = outcome switch
        {
            JobOutcome.Completed done => await engine.CompleteJobAsync(job.Key, options.NodeName, done.Variables, done.Outbox, cancellationToken, done.HostWrites),
            JobOutcome.BpmnError error => await engine.ThrowErrorAsync(job.Key, options.NodeName, error.ErrorCode, error.Message, cancellationToken),
            JobOutcome.Failed failed => await engine.FailJobAsync(job.Key, options.NodeName, job.Retries - 1, failed.Message, cancellationToken: cancellationToken),
            _ => throw new InvalidOperationException($"Unknown job outcome {outcome.GetType().Name}."),
        };
        if (outcome is JobOutcome.Completed && reported.Status == CommandStatus.Invalid)
        {
            // The engine refused the worker's result (variables too large to keep): a failed attempt, so that the
            // retries run out into an incident instead of the job waiting for a lease that never ends well.
            _ = await engine.FailJobAsync(job.Key, options.NodeName, job.Retries - 1, reported.Message, cancellationToken: cancellationToken);
        }
    }
}
