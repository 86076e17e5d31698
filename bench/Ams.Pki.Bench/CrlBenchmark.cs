using System.Globalization;

namespace Ams.Pki.Bench;

/// <summary>
/// Full CRL generation for n revoked entries: ours (a child process publishing from SQLite) against
/// <c>openssl ca -gencrl</c> over an equivalent index.txt; time and peak RSS of each whole process, and
/// both CRLs checked with <c>openssl crl -verify</c>.
/// </summary>
internal static class CrlBenchmark
{
    public static async Task RunAsync(BenchArguments arguments)
    {
        foreach (var entries in arguments.Entries)
        {
            Console.WriteLine($"CRL: {entries:N0} revoked entries, {arguments.Runs} runs");
            var fixture = await CrlFixture.CreateAsync(entries);
            var ours = new List<(double Process, double Generation, long Peak)>();
            var openssl = new List<(double Seconds, long Peak)>();
            long size = 0;
            for (var run = 1; run <= arguments.Runs; run++)
            {
                var (self, prefix) = CrlGenerationChild.SelfCommand();
                var child = await TimedProcess.RunAsync(fixture.Directory, self, [.. prefix, CrlGenerationChild.Command, fixture.Directory]);
                Ensure(child, "ours");
                var fields = child.Stdout.Trim().Split(' ');
                var generation = double.Parse(fields[0], CultureInfo.InvariantCulture);
                size = long.Parse(fields[2], CultureInfo.InvariantCulture);
                ours.Add((child.Seconds, generation, child.PeakBytes));

                var reference = await TimedProcess.RunAsync(fixture.Directory, "openssl", "ca", "-gencrl", "-batch", "-config", fixture.ConfigPath,
                    "-keyfile", fixture.IssuerKey, "-cert", fixture.IssuerPem, "-out", "openssl.crl");
                Ensure(reference, "openssl ca -gencrl");
                openssl.Add((reference.Seconds, reference.PeakBytes));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  run {run}: ours {child.Seconds:F2} s process ({generation:F2} s generation), peak {Mb(child.PeakBytes)} MB | openssl {reference.Seconds:F2} s, peak {Mb(reference.PeakBytes)} MB"));
            }

            var ourCrl = Path.Combine(fixture.Directory, "pki", "crl", "current.crl");
            var verifyOurs = await TimedProcess.RunAsync(fixture.Directory, "openssl", "crl", "-inform", "DER", "-in", ourCrl, "-noout", "-verify", "-CAfile", fixture.IssuerPem);
            var verifyTheirs = await TimedProcess.RunAsync(fixture.Directory, "openssl", "crl", "-in", "openssl.crl", "-noout", "-verify", "-CAfile", fixture.IssuerPem);
            var oursSeconds = Median.Of(ours.Select(o => o.Process));
            var theirsSeconds = Median.Of(openssl.Select(o => o.Seconds));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  median: ours {oursSeconds:F2} s process ({Median.Of(ours.Select(o => o.Generation)):F2} s generation), peak {Mb((long)Median.Of(ours.Select(o => (double)o.Peak)))} MB, {size / 1e6:F1} MB CRL | " +
                $"openssl {theirsSeconds:F2} s, peak {Mb((long)Median.Of(openssl.Select(o => (double)o.Peak)))} MB | speed-up {theirsSeconds / oursSeconds:F2}x"));
            Console.WriteLine($"  openssl crl -verify: ours \"{verifyOurs.Stderr.Split('\n')[0].Trim()}\", openssl's \"{verifyTheirs.Stderr.Split('\n')[0].Trim()}\"");
            Directory.Delete(fixture.Directory, recursive: true);
        }
    }

    private static void Ensure(TimedProcess.Outcome outcome, string what)
    {
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} exited {outcome.ExitCode}: {outcome.Stdout}{outcome.Stderr}");
        }
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0", CultureInfo.InvariantCulture);
}
