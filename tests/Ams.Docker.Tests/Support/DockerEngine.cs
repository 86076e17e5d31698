namespace Ams.Docker.Tests.Support;

/// <summary>Whether this machine can run the compose file: a Docker daemon, docker-compose, and the stand-in images or the means to build them.</summary>
internal static class DockerEngine
{
    private static readonly Lazy<Task<string?>> Problem = new(FindProblemAsync);

    /// <summary>Fails in CI and skips elsewhere, with the reason, when Docker cannot be used.</summary>
    public static async Task RequireUsableAsync()
    {
        var problem = await Problem.Value;
        if (problem is not null && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(problem + " CI runs docker/ci-docker.sh before the tests: see .ci/run.");
        }

        Assert.SkipWhen(problem is not null, problem ?? "");
    }

    private static async Task<string?> FindProblemAsync()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "The compose test runs on Linux.";
        }

        if (!(await ChildProcess.RunAsync("docker", ["info"], timeout: TimeSpan.FromSeconds(30))).Succeeded)
        {
            return "Docker is not usable: `docker info` fails (docker/ci-docker.sh installs docker.io and starts dockerd).";
        }

        if (!(await ChildProcess.RunAsync("docker-compose", ["version"], timeout: TimeSpan.FromSeconds(30))).Succeeded)
        {
            return "docker-compose is not installed (apt-get install docker-compose).";
        }

        if (!await StandInImages.ExistAsync() && !await StandInImages.CanBuildAsync())
        {
            return "The local stand-in images are missing and docker/local-images.sh cannot build them here: it needs root and mmdebstrap.";
        }

        return null;
    }
}
