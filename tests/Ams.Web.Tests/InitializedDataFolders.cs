using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Ams.Web.Tests;

/// <summary>
/// Data folders that a host started once per test run and stopped: schema, roles, demo accounts, the CA and its demo
/// certificates, and the deployed workflows of one folder. A new host on a copy starts as a restarted one does, finding
/// them made, instead of generating keys and hashing passwords again (1.5 of the 3 seconds a host took to start).
/// </summary>
internal static class InitializedDataFolders
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> Made = new(StringComparer.Ordinal);
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "ams-web-tests", "initialized-" + Guid.NewGuid().ToString("N"));

    static InitializedDataFolders() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteMade();

    /// <summary>Settings that change what the first start writes; a host given one of them starts on an empty folder.</summary>
    private static readonly string[] FirstStartSettings =
        ["environment", "ConnectionStrings:", "Ams:Database:", "Ams:DataPath", "Ams:WorkflowsPath", "Ams:Pki:", "Ams:Demo:"];

    /// <summary>Whether a host on these settings starts the same as on none, as far as its first start's writes go.</summary>
    public static bool Apply(IReadOnlyDictionary<string, string> settings) =>
        !settings.Keys.Any(key => FirstStartSettings.Any(prefix => key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Copies the data folder of a host started on <paramref name="workflows"/> (null: none deployed) into <paramref name="dataFolder"/>.</summary>
    public static void CopyInto(string dataFolder, string? workflows)
    {
        var made = Made.GetOrAdd(workflows ?? "", _ => new Lazy<string>(() => Task.Run(() => MakeAsync(workflows)).GetAwaiter().GetResult())).Value;
        CopyFolder(made, dataFolder);
    }

    private static async Task<string> MakeAsync(string? workflows)
    {
        var folder = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        var host = new AmsWebApplication(workflows, dataFolder: folder, initialized: false);
        _ = host.Services;
        await host.StopKeepingDataAsync();
        SqliteConnection.ClearAllPools();
        return host.DataFolder;
    }

    private static void DeleteMade()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // None was made.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        // The stopped host's write-ahead log is copied with the database; SQLite rebuilds its shared-memory index.
        foreach (var file in Directory.EnumerateFiles(from).Where(file => !file.EndsWith("-shm", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
