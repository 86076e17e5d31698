namespace Ams.Web.Hosting;

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
    }

    /// <summary>Where the host writes: database, keys, mail.</summary>
    public string Data { get; }

    /// <summary>The shipped BPMN models.</summary>
    public string Workflows { get; }

    /// <summary>The SQLite file of the embedded default.</summary>
    public string Database => Path.Combine(Data, "ams.db");
}
