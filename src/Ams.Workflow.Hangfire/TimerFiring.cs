using Ams.Workflow.Engine;
using Hangfire;

namespace Ams.Workflow.Hangfire;

/// <summary>The Hangfire job that fires one engine timer; firing is idempotent, so a duplicate does nothing.</summary>
public sealed class TimerFiring(WorkflowEngine engine)
{
    /// <summary>Fires the timer if it is still pending.</summary>
    [AutomaticRetry(Attempts = 3)]
    public Task FireAsync(Guid timerKey, CancellationToken cancellationToken) => engine.FireTimerAsync(timerKey, cancellationToken);
}
