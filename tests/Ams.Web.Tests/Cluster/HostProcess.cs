using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Ams.Web.Tests.Cluster;

/// <summary>
/// One node of a cluster: the built host (<c>src/Ams.Web</c>) as a process of its own on a loopback port, with its
/// own data folder, on a shared database. <see cref="Kill"/> ends it as a crash would (SIGKILL).
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Dictionary<string, string> environment;
    private readonly string name;
    private Process? process;

    public HostProcess(string name, Dictionary<string, string> settings)
    {
        this.name = name;
        Port = FreePort();
        DataFolder = Path.Combine(Path.GetTempPath(), "ams-cluster-tests", Guid.NewGuid().ToString("N"), name);
        Directory.CreateDirectory(DataFolder);
        environment = new Dictionary<string, string>(settings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port}",
            ["Ams__DataPath"] = DataFolder,
            ["Ams__WorkflowsPath"] = RepositoryFolders.Workflows,
            ["Ams__PublicUrl"] = $"http://127.0.0.1:{Port}",
            ["Ams__Demo__Enabled"] = "true",
            ["Ams__Demo__Password"] = AmsWebApplication.Password,
            ["Ams__Node__Name"] = name,
            ["Logging__LogLevel__Default"] = "Warning",
        };
    }

    public int Port { get; }

    public string DataFolder { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    /// <summary>Starts the process and waits until <c>/health</c> answers.</summary>
    public async Task StartAsync()
    {
        var host = Path.Combine(RepositoryFolders.Root, "src", "Ams.Web", "bin", BuildConfiguration, "net10.0", "Ams.Web.dll");
        Assert.True(File.Exists(host), $"{host} is not built.");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(host)!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(host);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            Assert.False(process.HasExited, $"Node {name} exited at start with code {(process.HasExited ? process.ExitCode : 0)}; see {LogPath}.");
            try
            {
                if ((await client.GetAsync("/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }

            Assert.True(DateTime.UtcNow < deadline, $"Node {name} did not answer /health; see {LogPath}.");
            await Task.Delay(250);
        }
    }

    /// <summary>Ends the process at once, as a crash or <c>kill -9</c> does.</summary>
    public void Kill()
    {
        process?.Kill(entireProcessTree: true);
        process?.WaitForExit();
    }

    /// <summary>A client signed in with a bearer token from this node.</summary>
    public async Task<HttpClient> SignInAsync(string email)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password = AmsWebApplication.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public string LogPath => Path.Combine(DataFolder, "..", $"{name}.log");

    public ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            Kill();
        }

        process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Log(string? line)
    {
        if (line is not null)
        {
            lock (environment)
            {
                File.AppendAllText(LogPath, line + Environment.NewLine);
            }
        }
    }

    /// <summary>The configuration this test assembly was built in, which the host was built in too.</summary>
    private static string BuildConfiguration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
