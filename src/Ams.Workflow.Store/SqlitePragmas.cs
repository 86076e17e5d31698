using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ams.Workflow.Store;

/// <summary>
/// Sets what every SQLite connection needs: write-ahead logging (readers never block the writer), a busy timeout
/// so that writers queue instead of failing, and the configured durability. Pooled connections keep their settings,
/// so each physical connection is set up once, not on every open.
/// </summary>
internal sealed class SqlitePragmas(string synchronous) : DbConnectionInterceptor
{
    private readonly ConditionalWeakTable<object, object> configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => ApplyOnce(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ApplyOnce(connection);
        return Task.CompletedTask;
    }

    /// <summary>Sets the pragmas on a connection unless its physical connection already has them.</summary>
    public void ApplyOnce(DbConnection connection)
    {
        var handle = (connection as SqliteConnection)?.Handle;
        if (handle is not null && configured.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA journal_mode = WAL; PRAGMA synchronous = {synchronous}; PRAGMA busy_timeout = 30000; PRAGMA foreign_keys = ON;";
        command.ExecuteNonQuery();
        if (handle is not null)
        {
            configured.AddOrUpdate(handle, handle);
        }
    }
}
