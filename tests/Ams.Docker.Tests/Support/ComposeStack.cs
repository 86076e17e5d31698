using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Ams.Docker.Tests.Support;

/// <summary>
/// docker/compose.yaml run by docker-compose (v1) as a project of its own, on a free port, with the stand-in images and
/// the prebuilt context.
/// </summary>
internal sealed class ComposeStack : IAsyncDisposable
{
    private static readonly string[] Down = ["down", "--volumes", "--remove-orphans", "--rmi", "local", "--timeout", "5"];
    private readonly string composeFile;
    private readonly Dictionary<string, string> variables;
    private bool down;

    public ComposeStack(string root, string prebuiltContext)
    {
        composeFile = Path.Combine(root, "docker", "compose.yaml");
        Project = "ams-docker-test-" + Guid.NewGuid().ToString("N")[..8];
        var port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port}");
        variables = new Dictionary<string, string>(StandInImages.Variables)
        {
            ["AMS_BUILD_CONTEXT"] = prebuiltContext,
            ["AMS_DOCKERFILE"] = Path.Combine(root, "docker", "Dockerfile"),
            ["AMS_BUILD_TARGET"] = "prebuilt",
            ["AMS_HTTP_PORT"] = port.ToString(CultureInfo.InvariantCulture),
            ["AMS_PUBLIC_URL"] = $"http://localhost:{port}",
        };
    }

    public string Project { get; }

    /// <summary>The load balancer: the whole system at one address.</summary>
    public Uri Address { get; }

    public async Task BuildAsync(CancellationToken cancellationToken) =>
        (await RunAsync(["build"], TimeSpan.FromMinutes(15), cancellationToken)).EnsureSucceeded();

    /// <summary>Starts every service; returns once the first app node is healthy (the second node waits for it).</summary>
    public async Task UpAsync(CancellationToken cancellationToken) =>
        (await RunAsync(["up", "--detach", "--no-build"], TimeSpan.FromMinutes(5), cancellationToken)).EnsureSucceeded();

    /// <summary>The health Docker reports for a service's container (the Dockerfile's HEALTHCHECK on /health).</summary>
    public async Task<string> HealthAsync(string service, CancellationToken cancellationToken)
    {
        var container = (await RunAsync(["ps", "--quiet", service], TimeSpan.FromMinutes(1), cancellationToken)).EnsureSucceeded().Output.Trim();
        var health = await ChildProcess.RunAsync("docker", ["inspect", "--format", "{{.State.Health.Status}}", container],
            timeout: TimeSpan.FromMinutes(1), cancellationToken: cancellationToken);
        return health.EnsureSucceeded().Output.Trim();
    }

    public async Task<string> LogsAsync(string? service, CancellationToken cancellationToken)
    {
        string[] arguments = service is null ? ["logs", "--no-color", "--tail", "150"] : ["logs", "--no-color", service];
        return (await RunAsync(arguments, TimeSpan.FromMinutes(1), cancellationToken)).Output;
    }

    /// <summary>Takes everything down: containers, network, volumes and the images the project built.</summary>
    public async Task DownAsync()
    {
        down = true;
        (await RunAsync(Down, TimeSpan.FromMinutes(3), CancellationToken.None)).EnsureSucceeded();
    }

    /// <summary>Takes everything down when the test did not get to it, without hiding why the test failed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!down)
        {
            await RunAsync(Down, TimeSpan.FromMinutes(3), CancellationToken.None);
        }
    }

    private Task<ChildProcess> RunAsync(string[] arguments, TimeSpan timeout, CancellationToken cancellationToken) =>
        ChildProcess.RunAsync("docker-compose", ["--project-name", Project, "--file", composeFile, .. arguments], variables,
            timeout: timeout, cancellationToken: cancellationToken);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
