using Ams.Workflow.Engine;
using Hangfire;

namespace Ams.Workflow.Hangfire;

/// <summary>The Hangfire job that fires one engine timer; firing is idempotent, so a duplicate does nothing.</summary>
public sealed class TimerFiring(WorkflowEngine engine, HangfireWorkScheduler scheduler, TimeProvider clock)
{
    /// <summary>Fires the timer if it is still pending; one that is not due yet (a node's clock ahead) is scheduled again.</summary>
    [AutomaticRetry(Attempts = 3)]
    public async Task FireAsync(Guid timerKey, CancellationToken cancellationToken)
    {
        var timer = await engine.Store.FindTimerAsync(timerKey, cancellationToken);
        if (timer is null)
        {
            return;
        }

        if (timer.DueAt > clock.GetUtcNow())
        {
            scheduler.ScheduleTimer(timer.Key, timer.DueAt);
            return;
        }

        await engine.FireTimerAsync(timerKey, cancellationToken);
    }
}
