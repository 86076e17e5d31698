using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine;

/// <summary>
/// Learns, after a commit, of the jobs and timers it created, so that in-process workers and timers run
/// promptly. The database stays the source of truth: a sweep finds anything a crash made it miss.
/// </summary>
public interface IWorkScheduler
{
    /// <summary>Called after <paramref name="changes"/> were committed.</summary>
    Task OnCommittedAsync(InstanceChanges changes, CancellationToken cancellationToken);
}
