using System.Collections.Concurrent;

namespace Ams.Workflow.Hangfire.Tests;

/// <summary>What in-process workers did, across nodes: which job ran where, and whether two ran one job at once.</summary>
public sealed class ExecutionLog
{
    private readonly ConcurrentDictionary<Guid, int> running = new();

    public ConcurrentBag<(Guid JobKey, string Node)> Runs { get; } = [];

    public ConcurrentBag<Guid> Overlaps { get; } = [];

    public IDisposable Enter(Guid jobKey, string node)
    {
        Runs.Add((jobKey, node));
        if (running.AddOrUpdate(jobKey, 1, (_, n) => n + 1) > 1)
        {
            Overlaps.Add(jobKey);
        }

        return new Exit(() => running.AddOrUpdate(jobKey, 0, (_, n) => n - 1));
    }

    private sealed class Exit(Action leave) : IDisposable
    {
        public void Dispose() => leave();
    }
}
