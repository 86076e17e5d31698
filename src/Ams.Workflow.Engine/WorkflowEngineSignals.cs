using System.Text.Json.Nodes;

namespace Ams.Workflow.Engine;

/// <summary>Broadcasting signals.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Broadcasts a signal, as Zeebe does: starts an instance of the latest version of every process with a signal start
    /// event of that name, and triggers every open signal subscription of that name (catch, boundary and event
    /// sub-process start events). Each instance is its own command, so the broadcast is not atomic across instances: one
    /// that fails is skipped and the rest still receive it. A signal nobody waits for is dropped, never buffered. Signals
    /// thrown by the instances it reaches are broadcast before this returns.
    /// </summary>
    public Task<SignalBroadcastResult> BroadcastSignalAsync(string signalName, JsonObject? variables, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(signalName);
        if (RefusalOf(variables) is { } refusal)
        {
            throw new ArgumentException(refusal, nameof(variables));
        }

        return signals.BroadcastAsync(signalName, variables, cancellationToken);
    }
}
