using Ams.Workflow.Engine.Runtime;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Ams.Workflow.Store;

/// <summary>
/// Appends history rows on SQLite: one prepared single-row statement, stepped once per row, its parameters bound by
/// position. Microsoft.Data.Sqlite binds every parameter by name, which SQLite resolves by a linear search of the
/// statement's names, and unpacking the rows from one JSON parameter makes SQLite parse the JSON again for every column
/// it reads; each cost ~4 % of the engine bench's CPU on shape (a). Used only by the writer, on its connection, inside
/// its transaction.
/// </summary>
internal sealed class SqliteHistoryInsert(SqliteConnection connection) : IDisposable
{
    private const string Insert =
        "INSERT INTO wf_history (process_instance_id, type, element_id, element_instance_key, actor, at, details) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

    private sqlite3_stmt? statement;

    public void Append(IReadOnlyList<HistoryEvent> history)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The writer's connection is closed.");
        statement ??= Prepared(handle);
        foreach (var e in history)
        {
            _ = raw.sqlite3_bind_text(statement, 1, Sql.Id(e.ProcessInstanceId));
            _ = raw.sqlite3_bind_int(statement, 2, (int)e.Type);
            BindOptional(3, e.ElementId);
            BindOptional(4, e.ElementInstanceKey is { } key ? Sql.Id(key) : null);
            BindOptional(5, e.Actor);
            _ = raw.sqlite3_bind_int64(statement, 6, Sql.Ms(e.At));
            BindOptional(7, e.Details);
            var stepped = raw.sqlite3_step(statement);
            _ = raw.sqlite3_reset(statement);
            if (stepped != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(stepped, handle);
            }
        }
    }

    public void Dispose()
    {
        statement?.Dispose();
        statement = null;
    }

    private static sqlite3_stmt Prepared(sqlite3 handle)
    {
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(handle, Insert, out var prepared), handle);
        return prepared;
    }

    private void BindOptional(int index, string? value) =>
        _ = value is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_text(statement, index, value);
}
