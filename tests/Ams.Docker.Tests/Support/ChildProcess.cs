using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Ams.Docker.Tests.Support;

/// <summary>A program run to its end, with its standard output and error captured together.</summary>
internal sealed record ChildProcess(string CommandLine, int ExitCode, string Output)
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    public bool Succeeded => ExitCode == 0;

    /// <summary>The end of the output, enough to say why a step failed.</summary>
    public string Tail => Output.Length <= 6000 ? Output : "…" + Output[^6000..];

    public static async Task<ChildProcess> RunAsync(
        string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // dotnet test's own MSBuild settings must not leak into a dotnet publish started from a test.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var commandLine = string.Join(' ', [program, .. start.ArgumentList]);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return new ChildProcess(commandLine, -1, $"{program} could not be started: {e.Message}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            Assert.Fail($"{commandLine} did not finish within {timeout ?? DefaultTimeout}:\n{output}");
        }

        lock (output)
        {
            return new ChildProcess(commandLine, process.ExitCode, output.ToString());
        }
    }

    public ChildProcess EnsureSucceeded()
    {
        Assert.True(Succeeded, $"{CommandLine} exited with {ExitCode}:\n{Tail}");
        return this;
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
