namespace Ams.Web.Infrastructure.Hosting;

/// <summary>The host's folders, resolved against the content root.</summary>
public sealed class AmsPaths
{
    /// <summary>Resolves the configured folders and creates the data folder.</summary>
    public AmsPaths(string contentRoot, AmsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Data = Path.GetFullPath(Path.Combine(contentRoot, options.DataPath));
        Workflows = Path.GetFullPath(Path.Combine(contentRoot, options.WorkflowsPath));
        Directory.CreateDirectory(Data);
        if (!OperatingSystem.IsWindows())
        {
            // Keys and mail live here: owner only.
            File.SetUnixFileMode(Data, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>Where the host writes: database, keys, mail.</summary>
    public string Data { get; }

    /// <summary>The shipped BPMN models.</summary>
    public string Workflows { get; }

    /// <summary>The SQLite file of the embedded default.</summary>
    public string Database => Path.Combine(Data, "ams.db");
}
