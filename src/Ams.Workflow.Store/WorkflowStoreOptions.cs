namespace Ams.Workflow.Store;

/// <summary>Where and how the engine's state is kept.</summary>
public sealed class WorkflowStoreOptions
{
    /// <summary>The database engine behind <see cref="ConnectionString"/>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>The connection string, e.g. <c>Data Source=data/ams.db</c> or <c>Host=db;Database=ams;Username=ams</c>.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/ams.db";

    /// <summary>
    /// SQLite's <c>synchronous</c> setting: <c>FULL</c> syncs the log at every commit (survives power loss);
    /// <c>NORMAL</c> syncs at checkpoints (survives a crash of the process, may lose the last commits on power loss).
    /// Not used on PostgreSQL, whose commits are durable by its own settings.
    /// </summary>
    public string Synchronous { get; set; } = "FULL";
}
