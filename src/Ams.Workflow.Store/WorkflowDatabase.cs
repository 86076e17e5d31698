using Microsoft.EntityFrameworkCore;

namespace Ams.Workflow.Store;

/// <summary>Brings a database to the current schema.</summary>
public static class WorkflowDatabase
{
    /// <summary>
    /// Applies pending migrations (creating a SQLite file if needed). EF Core holds a database lock while it migrates,
    /// so nodes that start together apply each migration once.
    /// </summary>
    public static async Task MigrateAsync(IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsNpgsql())
        {
            await using var postgres = Postgres(db.Database.GetConnectionString()!);
            await postgres.Database.MigrateAsync(cancellationToken);
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
