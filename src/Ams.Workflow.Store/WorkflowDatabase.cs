using Microsoft.EntityFrameworkCore;

namespace Ams.Workflow.Store;

/// <summary>Brings a database to the current schema.</summary>
public static class WorkflowDatabase
{
    // Any fixed number: the advisory lock only needs to be the same on every node ("AMSWFMIG").
    private const long MigrationLock = 0x414D_5357_464D_4947;

    /// <summary>
    /// Applies pending migrations (creating a SQLite file if needed). Nodes that start together apply each migration
    /// once: EF Core holds SQLite's lock for the whole run, and on PostgreSQL a session advisory lock does, since EF Core
    /// releases its own PostgreSQL lock with each migration's transaction and another node could then apply the next
    /// migration it had already listed.
    /// </summary>
    public static async Task MigrateAsync(IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await using var postgres = Postgres(db.Database.GetConnectionString()!);
            await postgres.Database.OpenConnectionAsync(cancellationToken);
            await postgres.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLock})", cancellationToken);
            try
            {
                await postgres.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await postgres.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None);
            }

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
