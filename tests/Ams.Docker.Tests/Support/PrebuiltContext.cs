namespace Ams.Docker.Tests.Support;

/// <summary>
/// The build context of docker/Dockerfile's target <c>prebuilt</c>: <c>publish/</c>, the host published for linux-x64
/// as the Dockerfile's own build stage does, and <c>workflows/</c>. The host is published from a copy of the sources,
/// so that its Release build neither races with nor disturbs the builds in the working tree.
/// </summary>
internal static class PrebuiltContext
{
    private static readonly string[] SourceFiles = ["global.json", "Directory.Build.props", "Directory.Packages.props", ".editorconfig"];
    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules", "dist", "data"];

    /// <summary>Creates the context in <paramref name="context"/>, with the copied sources in <paramref name="sources"/>.</summary>
    public static async Task CreateAsync(string root, string sources, string context, CancellationToken cancellationToken)
    {
        foreach (var file in SourceFiles)
        {
            Directory.CreateDirectory(sources);
            File.Copy(Path.Combine(root, file), Path.Combine(sources, file));
        }

        CopyFolder(Path.Combine(root, "src"), Path.Combine(sources, "src"));
        CopyFolder(Path.Combine(root, "workflows"), Path.Combine(context, "workflows"));

        // No build servers: they would outlive the test holding its output pipes. No analyzers: the working tree's build
        // ran them on the same sources, and they would double the time of this build.
        (await ChildProcess.RunAsync("dotnet",
            ["publish", Path.Combine(sources, "src", "Ams.Web", "Ams.Web.csproj"), "-c", "Release", "-r", "linux-x64", "--self-contained",
             "-o", Path.Combine(context, "publish"), "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:UseRazorBuildServer=false",
             "-p:RunAnalyzers=false"],
            new Dictionary<string, string> { ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0", ["DOTNET_NOLOGO"] = "1", ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" },
            workingDirectory: sources, timeout: TimeSpan.FromMinutes(10), cancellationToken: cancellationToken)).EnsureSucceeded();
    }

    /// <summary>Copies a folder without build output, installed packages, bundles or a developer's data.</summary>
    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from).Where(d => !SkippedFolders.Contains(Path.GetFileName(d))))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
