namespace Ams.Workflow.Store;

/// <summary>The database the product keeps everything in (<c>Ams:Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>One SQLite file: the embedded default, one node.</summary>
    Sqlite,

    /// <summary>PostgreSQL through Npgsql: one database shared by several nodes.</summary>
    Postgres,
}
