using System.Collections.Concurrent;
using System.Diagnostics;

namespace Ams.Workflow.Bench;

/// <summary>Latency samples per command, for p50 and p99.</summary>
internal sealed class LatencyRecorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> samples = new();

    public async Task<T> TimeAsync<T>(string command, Func<Task<T>> action)
    {
        var start = Stopwatch.GetTimestamp();
        var result = await action();
        samples.GetOrAdd(command, _ => []).Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return result;
    }

    public IEnumerable<(string Command, int Count, double P50, double P99)> Summary() =>
        samples.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s =>
        {
            var sorted = s.Value.Order().ToArray();
            return (s.Key, sorted.Length, sorted[sorted.Length / 2], sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * 0.99))]);
        });
}
