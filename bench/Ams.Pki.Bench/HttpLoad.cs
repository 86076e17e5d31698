using System.Diagnostics;
using System.Net.Http.Headers;

namespace Ams.Pki.Bench;

/// <summary>POSTs a request mix to an OCSP responder over loopback HTTP from several concurrent tasks.</summary>
internal static class HttpLoad
{
    /// <remarks>
    /// Each task has a client of its own with a single connection: a shared pool opens spare
    /// connections that carry no request, and openssl's single-process responder blocks reading one.
    /// openssl answers HTTP/1.0 and closes; Kestrel keeps the connection alive.
    /// </remarks>
    public static async Task<double> ResponsesPerSecondAsync(Uri url, byte[][] requests, TimeSpan duration, int concurrency)
    {
        var clients = Enumerable.Range(0, concurrency)
            .Select(_ => new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) })
            .ToArray();
        try
        {
            await RunAsync(clients, url, requests, TimeSpan.FromSeconds(1)); // warm-up
            var stopwatch = Stopwatch.StartNew();
            var count = await RunAsync(clients, url, requests, duration);
            return count / stopwatch.Elapsed.TotalSeconds;
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
    }

    private static async Task<long> RunAsync(HttpClient[] clients, Uri url, byte[][] requests, TimeSpan duration)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var contentType = new MediaTypeHeaderValue("application/ocsp-request");
        long errors = 0;
        var tasks = Enumerable.Range(0, clients.Length).Select(worker => Task.Run(async () =>
        {
            var client = clients[worker];
            long count = 0;
            var i = worker * 997;
            while (Stopwatch.GetTimestamp() < end)
            {
                using var content = new ByteArrayContent(requests[i++ % requests.Length]);
                content.Headers.ContentType = contentType;
                try
                {
                    using var response = await client.PostAsync(url, content);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode || body.Length < 16)
                    {
                        throw new InvalidOperationException($"{url} answered {(int)response.StatusCode} with {body.Length} bytes.");
                    }

                    count++;
                }
                catch (HttpRequestException)
                {
                    // A reset connection (openssl's accept backlog overflowing) is not an answer: not counted.
                    Interlocked.Increment(ref errors);
                }
            }

            return count;
        }));
        var total = (await Task.WhenAll(tasks)).Sum();
        if (errors > 0)
        {
            Console.WriteLine($"    ({errors} connection errors, not counted)");
        }

        return total;
    }
}
