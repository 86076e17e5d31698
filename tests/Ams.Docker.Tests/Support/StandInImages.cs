namespace Ams.Docker.Tests.Support;

/// <summary>
/// The local images docker/local-images.sh builds from Debian packages in place of the official ones (no registry is
/// reachable on the machines the tests run on), and the compose variables that put them in.
/// </summary>
internal static class StandInImages
{
    private static readonly string[] All =
        ["local/debian:bookworm-slim", "local/dotnet-runtime-deps:10.0", "local/postgres:15", "local/nginx:bookworm"];

    /// <summary>The compose file's image variables, set to the stand-ins.</summary>
    public static IReadOnlyDictionary<string, string> Variables { get; } = new Dictionary<string, string>
    {
        ["AMS_RUNTIME_IMAGE"] = "local/dotnet-runtime-deps:10.0",
        ["AMS_POSTGRES_IMAGE"] = "local/postgres:15",
        ["AMS_NGINX_IMAGE"] = "local/nginx:bookworm",
        ["AMS_MAIL_BASE_IMAGE"] = "local/debian:bookworm-slim",
    };

    public static async Task<bool> ExistAsync()
    {
        foreach (var image in All)
        {
            if (!(await ChildProcess.RunAsync("docker", ["image", "inspect", image], timeout: TimeSpan.FromSeconds(30))).Succeeded)
            {
                return false;
            }
        }

        return true;
    }

    public static async Task<bool> CanBuildAsync() =>
        Environment.UserName == "root" && (await ChildProcess.RunAsync("mmdebstrap", ["--version"], timeout: TimeSpan.FromSeconds(30))).Succeeded;

    /// <summary>Builds the images that are missing; the script keeps those that exist.</summary>
    public static async Task<string> EnsureBuiltAsync(string root, CancellationToken cancellationToken) =>
        (await ChildProcess.RunAsync(Path.Combine(root, "docker", "local-images.sh"), [], timeout: TimeSpan.FromMinutes(10), cancellationToken: cancellationToken))
            .EnsureSucceeded().Output;
}
