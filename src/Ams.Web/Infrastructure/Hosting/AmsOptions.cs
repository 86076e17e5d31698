namespace Ams.Web.Infrastructure.Hosting;

/// <summary>The <c>Ams</c> configuration section: where the host keeps its files and what it starts with.</summary>
public sealed class AmsOptions
{
    /// <summary>Folder for the SQLite file and everything else the host writes, relative to the content root.</summary>
    public string DataPath { get; set; } = "data";

    /// <summary>Folder of the shipped BPMN models deployed at start-up.</summary>
    public string WorkflowsPath { get; set; } = "../../workflows";

    /// <summary>The address holders and verifiers reach the host at, for links in mails.</summary>
    public string PublicUrl { get; set; } = "http://localhost:5080";

    /// <summary>Demo accounts for the Development environment.</summary>
    public DemoOptions Demo { get; set; } = new();

    /// <summary>Database settings.</summary>
    public DatabaseOptions Database { get; set; } = new();
}

/// <summary>The <c>Ams:Demo</c> section.</summary>
public sealed class DemoOptions
{
    /// <summary>Whether demo accounts are created (Development only).</summary>
    public bool Enabled { get; set; }

    /// <summary>The password of every demo account.</summary>
    public string? Password { get; set; }
}

/// <summary>The <c>Ams:Database</c> section.</summary>
public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (the embedded default).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>SQLite durability: <c>FULL</c> (every commit reaches the disk) or <c>NORMAL</c>.</summary>
    public string Synchronous { get; set; } = "FULL";
}
