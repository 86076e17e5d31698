using System.Diagnostics;
using System.Globalization;

namespace Ams.Pki.Bench;

/// <summary>Runs a program under GNU <c>/usr/bin/time</c>: wall time and maximum resident set size of the whole process.</summary>
internal static class TimedProcess
{
    public sealed record Outcome(int ExitCode, double Seconds, long PeakBytes, string Stdout, string Stderr);

    public static async Task<Outcome> RunAsync(string workingDirectory, string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["-f", "TIME %e %M", fileName, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("/usr/bin/time did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var errors = await stderr;
        var line = errors.Split('\n').Last(l => l.StartsWith("TIME ", StringComparison.Ordinal)).Split(' ');
        return new Outcome(process.ExitCode, double.Parse(line[1], CultureInfo.InvariantCulture),
            long.Parse(line[2], CultureInfo.InvariantCulture) * 1024, await stdout, errors);
    }
}
