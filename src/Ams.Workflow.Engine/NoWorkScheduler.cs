using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine;

/// <summary>For hosts that poll: nothing is told after a commit.</summary>
public sealed class NoWorkScheduler : IWorkScheduler
{
    /// <summary>The shared instance.</summary>
    public static NoWorkScheduler Instance { get; } = new();

    /// <inheritdoc />
    public Task OnCommittedAsync(InstanceChanges changes, CancellationToken cancellationToken) => Task.CompletedTask;
}
