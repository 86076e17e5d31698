using System.Diagnostics;

namespace Ams.Pki.Tests.Support;

/// <summary>Runs the real openssl binary with an argument list (no shell).</summary>
internal static class OpenSsl
{
    private static readonly Lazy<string?> Executable = new(Find);

    /// <summary>The path of openssl; fails under CI=true and skips elsewhere when it is missing.</summary>
    public static string Require()
    {
        if (Executable.Value is { } path)
        {
            return path;
        }

        const string Reason = "openssl is not installed (looked for /usr/bin/openssl and on PATH).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(Reason);
        }

        Assert.Skip(Reason);
        return string.Empty;
    }

    public static async Task<Result> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Require())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs openssl and fails the test with its output when it exits non-zero.</summary>
    public static async Task<string> RunOkAsync(string workingDirectory, params string[] arguments)
    {
        var result = await RunAsync(workingDirectory, arguments);
        Assert.True(result.ExitCode == 0, $"openssl {string.Join(' ', arguments)} exited {result.ExitCode}:\n{result.Stdout}\n{result.Stderr}");
        return result.Stdout + result.Stderr;
    }

    private static string? Find()
    {
        if (File.Exists("/usr/bin/openssl"))
        {
            return "/usr/bin/openssl";
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, OperatingSystem.IsWindows() ? "openssl.exe" : "openssl");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string All => Stdout + Stderr;
    }
}
