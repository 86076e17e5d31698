using System.Collections.Concurrent;

namespace Ams.Workflow.Store;

/// <summary>
/// SQLite takes one writer at a time, and a writer that finds the file locked backs off by sleeping. Queueing the
/// writers of this process on an async gate instead keeps them from sleeping on each other; writers of other
/// processes on the same file still meet SQLite's busy timeout.
/// </summary>
internal static class WriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static SemaphoreSlim For(string connectionString) => Gates.GetOrAdd(connectionString, _ => new SemaphoreSlim(1, 1));

    /// <summary>Waits for the gate; a null gate (a database that takes concurrent writers) lets everyone through.</summary>
    public static async Task<Releaser> EnterAsync(this SemaphoreSlim? gate, CancellationToken cancellationToken)
    {
        if (gate is not null)
        {
            await gate.WaitAsync(cancellationToken);
        }

        return new Releaser(gate);
    }

    public readonly struct Releaser(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
