using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Ams.Mail.Tests.Support;

/// <summary>
/// A real SMTP server: Debian's aiosmtpd with its Mailbox handler, writing every message it accepts
/// into a maildir the test reads.
/// </summary>
internal sealed class AiosmtpdServer : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private static readonly Lazy<bool> Installed = new(() => Run(Python, "-c \"import aiosmtpd\"") == 0);

    private readonly string maildir;
    private Process? process;

    public AiosmtpdServer(string maildir)
    {
        this.maildir = maildir;
        Port = FreePort();
    }

    /// <summary>The port the server listens on once started; reserved (not listening) before.</summary>
    public int Port { get; }

    /// <summary>Fails in CI and skips elsewhere when aiosmtpd is not installed.</summary>
    public static void RequireInstalled()
    {
        const string Reason = "aiosmtpd is not installed (apt-get install python3-aiosmtpd).";
        if (!Installed.Value && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(Reason);
        }

        Assert.SkipWhen(!Installed.Value, Reason);
    }

    public async Task StartAsync()
    {
        Assert.Null(process);
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", maildir })
        {
            start.ArgumentList.Add(argument);
        }

        process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!await AcceptsConnectionsAsync())
        {
            Assert.False(process.HasExited, $"aiosmtpd exited with code {(process.HasExited ? process.ExitCode : 0)}.");
            Assert.True(DateTime.UtcNow < deadline, $"aiosmtpd did not listen on port {Port} in time.");
            await Task.Delay(50);
        }
    }

    /// <summary>The messages the server has accepted so far.</summary>
    public IReadOnlyList<MimeMessage> ReceivedMessages()
    {
        var files = new[] { "new", "cur" }
            .Select(sub => Path.Combine(maildir, sub))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles);
        return files.Select(f => MimeMessage.Load(f)).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        process = null;
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static int Run(string file, string arguments)
    {
        try
        {
            using var check = Process.Start(new ProcessStartInfo(file, arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            check.WaitForExit();
            return check.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
