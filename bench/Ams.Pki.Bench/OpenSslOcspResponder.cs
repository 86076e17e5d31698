using System.Diagnostics;

namespace Ams.Pki.Bench;

/// <summary><c>openssl ocsp -index … -port …</c>, the reference responder, as a child process.</summary>
internal sealed class OpenSslOcspResponder : IAsyncDisposable
{
    private readonly Process _process;

    private OpenSslOcspResponder(Process process, int port)
    {
        _process = process;
        Url = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri Url { get; }

    /// <param name="fixture">The index, CA and signer files.</param>
    /// <param name="processes">Responder processes (<c>-multi</c>); 1 runs a single process.</param>
    public static async Task<OpenSslOcspResponder> StartAsync(OcspFixture fixture, int processes)
    {
        var port = FreePort.Next();
        var start = new ProcessStartInfo("openssl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments = ["ocsp", "-index", fixture.IndexPath, "-port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-CA", fixture.IssuerPem,
            "-rsigner", fixture.SignerPem, "-rkey", fixture.SignerKey, "-nmin", "60"];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (processes > 1)
        {
            start.ArgumentList.Add("-multi");
            start.ArgumentList.Add(processes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("openssl did not start.");
        // Readiness from its log, not by connecting: openssl 3.0's responder spins on a connection closed
        // without a request.
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Text.StringBuilder();
        void OnLine(object sender, DataReceivedEventArgs line)
        {
            lock (output)
            {
                output.AppendLine(line.Data);
            }

            if (line.Data is { } text && (text.Contains("waiting for OCSP client connections", StringComparison.Ordinal)
                || text.StartsWith("ACCEPT ", StringComparison.Ordinal)))
            {
                listening.TrySetResult();
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (await Task.WhenAny(listening.Task, Task.Delay(TimeSpan.FromSeconds(10))) != listening.Task)
        {
            process.Kill(entireProcessTree: true);
            lock (output)
            {
                throw new InvalidOperationException($"openssl ocsp did not start listening on port {port}: {output}");
            }
        }

        await Task.Delay(500); // with -multi, let the children reach accept()
        return new OpenSslOcspResponder(process, port);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
