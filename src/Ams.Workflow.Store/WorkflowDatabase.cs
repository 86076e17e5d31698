using Microsoft.EntityFrameworkCore;

namespace Ams.Workflow.Store;

/// <summary>Brings a database to the current schema.</summary>
public static class WorkflowDatabase
{
    // Any constant both nodes agree on: "ams_wf" as a number.
    private const long MigrationLockKey = 0x616D735F7766;

    /// <summary>
    /// Applies pending migrations (creating a SQLite file if needed), each once when nodes start together. On PostgreSQL
    /// EF Core's lock is a table lock held by one migration's transaction only, so a node could start the second migration
    /// while another applies it; a session advisory lock around the whole run keeps the nodes one after the other.
    /// </summary>
    public static async Task MigrateAsync(IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            var connectionString = db.Database.GetConnectionString()!;
            await using var lockConnection = new Npgsql.NpgsqlConnection(connectionString);
            await lockConnection.OpenAsync(cancellationToken);
            await using (var acquire = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLockKey})", lockConnection))
            {
                await acquire.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var postgres = Postgres(connectionString);
            await postgres.Database.MigrateAsync(cancellationToken);

            // Closing the session releases the lock too; unlocking says so.
            await using var release = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationLockKey})", lockConnection);
            await release.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>The context that carries PostgreSQL's migrations.</summary>
    internal static PostgresWorkflowDbContext Postgres(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<PostgresWorkflowDbContext>();
        WorkflowStoreServiceCollectionExtensions.Configure(builder, new WorkflowStoreOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString });
        return new PostgresWorkflowDbContext(builder.Options);
    }
}
