using Ams.Workflow.Engine;

namespace Ams.Workflow.Hangfire;

/// <summary>
/// Keeps a job's lease while its worker runs: renews it every third of the lease until disposed. The lease can then be
/// short, so that work a crashed node held is taken by another node within seconds, however long a worker takes.
/// </summary>
internal sealed class JobLeaseRenewal : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task renewing;

    public JobLeaseRenewal(WorkflowEngine engine, Guid jobKey, WorkflowHangfireOptions options, TimeProvider clock) =>
        renewing = RenewAsync(engine, jobKey, options, clock, stop.Token);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await renewing;
        stop.Dispose();
    }

    private static async Task RenewAsync(WorkflowEngine engine, Guid jobKey, WorkflowHangfireOptions options, TimeProvider clock, CancellationToken stopping)
    {
        try
        {
            do
            {
                await Task.Delay(options.LeaseDuration / 3, clock, stopping);
            }
            while (await engine.RenewJobLeaseAsync(jobKey, options.NodeName, options.LeaseDuration, stopping));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception) when (!stopping.IsCancellationRequested)
        {
            // The database is out of reach: the lease runs out, and the worker's answer is refused as a lost lease.
        }
    }
}
