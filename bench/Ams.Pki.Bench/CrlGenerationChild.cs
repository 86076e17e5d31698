using System.Diagnostics;
using System.Globalization;

namespace Ams.Pki.Bench;

/// <summary>
/// The measured side of the CRL benchmark, in a process of its own so that its peak memory is the
/// CRL generation's: opens the CA of a prepared directory and publishes one full CRL.
/// </summary>
internal static class CrlGenerationChild
{
    public const string Command = "crl-generate";

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        await using var pki = await BenchPki.OpenAsync(arguments.Positional[0], deleteOnDispose: false);
        var stopwatch = Stopwatch.StartNew();
        var published = await pki.Crl.PublishAsync();
        stopwatch.Stop();
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stopwatch.Elapsed.TotalSeconds:F3} {published.EntryCount} {published.Der.Length} {self.PeakWorkingSet64} {GC.GetGCMemoryInfo().HeapSizeBytes}"));
        return 0;
    }

    /// <summary>The command line that runs this program again (apphost, or <c>dotnet the.dll</c>).</summary>
    public static (string FileName, string[] Prefix) SelfCommand()
    {
        var process = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(process) == "dotnet"
            ? (process, [typeof(CrlGenerationChild).Assembly.Location])
            : (process, []);
    }
}
