using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Ams.Workflow.Store;

/// <summary>
/// The writer's prepared statements, kept per SQL text on its long-lived connection: SQLite then prepares each
/// statement once instead of on every command. Used only under the writer's gate, one batch at a time.
/// </summary>
internal sealed class StatementCache(DbConnection connection) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);
    private SqliteHistoryInsert? sqliteHistory;

    public DbConnection Connection => connection;

    /// <summary>The history insert bound by position; only for a SQLite writer.</summary>
    public SqliteHistoryInsert SqliteHistory => sqliteHistory ??= new SqliteHistoryInsert((SqliteConnection)connection);

    public async Task<int> ExecuteAsync(DbTransaction transaction, string text, params (string Name, object? Value)[] parameters) =>
        await Prepare(transaction, text, parameters).ExecuteNonQueryAsync(CancellationToken.None);

    public async Task<object?> ScalarAsync(DbTransaction transaction, string text, params (string Name, object? Value)[] parameters) =>
        await Prepare(transaction, text, parameters).ExecuteScalarAsync(CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        sqliteHistory?.Dispose();
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync();
        }

        commands.Clear();
        await connection.DisposeAsync();
    }

    private DbCommand Prepare(DbTransaction transaction, string text, (string Name, object? Value)[] parameters)
    {
        if (!commands.TryGetValue(text, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = text;
            commands[text] = command;
        }

        command.Transaction = transaction;
        command.Parameters.Clear();
        Sql.Bind(command, parameters);
        return command;
    }
}
