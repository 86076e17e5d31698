using System.Diagnostics;

namespace Ams.Pki.Bench;

/// <summary>Calls a responder from one task per core for a while, cycling through a request mix.</summary>
internal static class InProcessLoad
{
    public static async Task<double> ResponsesPerSecondAsync(Func<byte[], Task<byte[]>> respond, byte[][] requests, TimeSpan duration, int workers)
    {
        await RunAsync(respond, requests, TimeSpan.FromSeconds(1), workers); // warm-up: JIT, caches
        var stopwatch = Stopwatch.StartNew();
        var count = await RunAsync(respond, requests, duration, workers);
        return count / stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task<long> RunAsync(Func<byte[], Task<byte[]>> respond, byte[][] requests, TimeSpan duration, int workers)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var tasks = Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            long count = 0;
            var i = worker * 997;
            while (Stopwatch.GetTimestamp() < end)
            {
                var response = await respond(requests[i++ % requests.Length]);
                if (response.Length < 16)
                {
                    throw new InvalidOperationException("The responder did not answer successful.");
                }

                count++;
            }

            return count;
        }));
        return (await Task.WhenAll(tasks)).Sum();
    }
}
