using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Ams.Workflow.Bench;

/// <summary>
/// The physical limit of the database: plain transactions, one after another, each writing what an engine command
/// writes (one instance row of a few KB updated, one job row upserted, five history rows inserted).
/// </summary>
internal static class TransactionCeiling
{
    /// <summary>On a SQLite file with the given <c>synchronous</c> setting.</summary>
    public static double OnSqlite(string path, string synchronous, int transactions)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        Execute(connection, null, $"PRAGMA journal_mode = WAL; PRAGMA synchronous = {synchronous};");
        return Measure(connection, "id INTEGER PRIMARY KEY", transactions);
    }

    /// <summary>On a PostgreSQL database, with the server's own durability settings.</summary>
    public static double OnPostgres(string connectionString, int transactions)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return Measure(connection, "id BIGSERIAL PRIMARY KEY", transactions);
    }

    private static double Measure(DbConnection connection, string historyKey, int transactions)
    {
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS c_instances (id TEXT PRIMARY KEY, revision INTEGER, state_json TEXT)");
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS c_jobs (key TEXT PRIMARY KEY, type TEXT, state INTEGER, json TEXT)");
        Execute(connection, null, $"CREATE TABLE IF NOT EXISTS c_history ({historyKey}, instance TEXT, type INTEGER, element TEXT, at INTEGER)");
        var blob = new string('x', 2500);
        var ids = Enumerable.Range(0, 1000).Select(_ => Guid.NewGuid().ToString()).ToArray();
        foreach (var id in ids)
        {
            Execute(connection, null, "INSERT INTO c_instances VALUES (@id, 0, @j)", ("@id", id), ("@j", blob));
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < transactions; i++)
        {
            using var transaction = connection.BeginTransaction();
            var id = ids[i % ids.Length];
            Execute(connection, transaction, "UPDATE c_instances SET revision = revision + 1, state_json = @j WHERE id = @id", ("@id", id), ("@j", blob));
            Execute(connection, transaction, "INSERT INTO c_jobs VALUES (@k, 'work', 0, @j) ON CONFLICT (key) DO UPDATE SET state = 1", ("@k", Guid.NewGuid().ToString()), ("@j", blob[..600]));
            Execute(connection, transaction, "INSERT INTO c_history (instance, type, element, at) VALUES (@i, 1, 'a', 1), (@i, 2, 'a', 2), (@i, 3, 'b', 3), (@i, 4, 'b', 4), (@i, 5, 'c', 5)", ("@i", id));
            transaction.Commit();
        }

        return transactions / watch.Elapsed.TotalSeconds;
    }

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        command.ExecuteNonQuery();
    }
}
