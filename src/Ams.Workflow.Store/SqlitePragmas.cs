using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ams.Workflow.Store;

/// <summary>
/// Sets what every SQLite connection needs: write-ahead logging (readers never block the writer), a busy timeout
/// so that writers queue instead of failing, and the configured durability. Pooled connections keep their settings,
/// so each physical connection is set up once, not on every open. One instance serves every store of a durability
/// (<see cref="For"/>): EF Core builds its internal services once per distinct set of interceptors, so a new instance
/// per store would make every store of the process build them again.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private static readonly ConcurrentDictionary<string, SqlitePragmas> Instances = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConditionalWeakTable<object, object> configured = [];
    private readonly string synchronous;

    private SqlitePragmas(string synchronous) => this.synchronous = synchronous;

    /// <summary>The interceptor for a durability (FULL, NORMAL, ...), shared by every store that asks for it.</summary>
    public static SqlitePragmas For(string synchronous) => Instances.GetOrAdd(synchronous, s => new SqlitePragmas(s));

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
