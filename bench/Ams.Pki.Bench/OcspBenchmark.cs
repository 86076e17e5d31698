using System.Globalization;

namespace Ams.Pki.Bench;

/// <summary>
/// Signed OCSP responses per second: our responder in-process and over loopback HTTP (Kestrel), and
/// <c>openssl ocsp</c>'s responder over loopback HTTP, same P-256 signer, same request mix.
/// </summary>
internal static class OcspBenchmark
{
    public static async Task RunAsync(BenchArguments arguments)
    {
        var duration = TimeSpan.FromSeconds(arguments.Seconds);
        await using var pki = await BenchPki.OpenAsync(BenchPki.NewDirectory("ocsp"), deleteOnDispose: true);
        Console.WriteLine($"OCSP: {arguments.Certificates} certificates (10 % revoked), mix 80 % good / 10 % revoked / 10 % unknown, " +
            $"{arguments.Seconds} s per measurement, {arguments.Runs} runs, {Environment.ProcessorCount} cores, HTTP concurrency {arguments.Concurrency} (openssl {arguments.OpenSslConcurrency}).");
        var fixture = await OcspFixture.CreateAsync(pki, arguments.Certificates);

        var results = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        void Add(string name, double value)
        {
            if (!results.TryGetValue(name, out var list))
            {
                results[name] = list = [];
            }

            list.Add(value);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-44} {value,10:N0} responses/s"));
        }

        var port = FreePort.Next();
        await using var kestrel = await KestrelOcspServer.StartAsync(pki.Ocsp, port);
        var ours = new Uri($"http://127.0.0.1:{port}/pki/ocsp");
        for (var run = 1; run <= arguments.Runs; run++)
        {
            Console.WriteLine($" run {run}");
            var workers = Environment.ProcessorCount;
            Add("in-process, nonce", await InProcessLoad.ResponsesPerSecondAsync(r => pki.Ocsp.RespondAsync(r), fixture.WithNonce, duration, workers));
            Add("in-process, no nonce", await InProcessLoad.ResponsesPerSecondAsync(r => pki.Ocsp.RespondAsync(r), fixture.WithoutNonce, duration, workers));
            if (!arguments.Http)
            {
                continue;
            }

            Add("HTTP ours (Kestrel), nonce", await HttpLoad.ResponsesPerSecondAsync(ours, fixture.WithNonce, duration, arguments.Concurrency));
            Add("HTTP ours (Kestrel), no nonce", await HttpLoad.ResponsesPerSecondAsync(ours, fixture.WithoutNonce, duration, arguments.Concurrency));
            foreach (var processes in new[] { 1, Environment.ProcessorCount })
            {
                await using var openssl = await OpenSslOcspResponder.StartAsync(fixture, processes);
                Add($"HTTP openssl ocsp -multi {processes}, nonce", await HttpLoad.ResponsesPerSecondAsync(openssl.Url, fixture.WithNonce, duration, arguments.OpenSslConcurrency));
                Add($"HTTP openssl ocsp -multi {processes}, no nonce", await HttpLoad.ResponsesPerSecondAsync(openssl.Url, fixture.WithoutNonce, duration, arguments.OpenSslConcurrency));
            }
        }

        var median = results.ToDictionary(r => r.Key, r => Median.Of(r.Value), StringComparer.Ordinal);
        Console.WriteLine("OCSP medians:");
        foreach (var (name, value) in median)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-44} {value,10:N0} responses/s"));
        }

        if (!arguments.Http)
        {
            return;
        }

        var best = Environment.ProcessorCount;
        foreach (var kind in new[] { "nonce", "no nonce" })
        {
            var reference = Math.Max(median[$"HTTP openssl ocsp -multi 1, {kind}"], median[$"HTTP openssl ocsp -multi {best}, {kind}"]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  ratio {kind,-9} in-process/openssl-HTTP {median[$"in-process, {kind}"] / reference:F2}x   HTTP/HTTP {median[$"HTTP ours (Kestrel), {kind}"] / reference:F2}x   (against the faster openssl setting)"));
        }
    }
}
