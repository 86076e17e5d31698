using Microsoft.EntityFrameworkCore;

namespace Ams.Workflow.Store.Tests;

public sealed class SchemaTests
{
    [Fact]
    public async Task Migrations_create_the_schema_and_the_file_runs_in_write_ahead_log_mode()
    {
        using var database = new StoreDatabase(DatabaseProvider.Sqlite);
        await using var db = await database.NewContexts().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Jobs.CountAsync());
    }

    [Fact]
    public async Task PostgreSQL_gets_its_own_migrations_and_two_nodes_migrating_at_once_apply_them_once()
    {
        using var database = new StoreDatabase(DatabaseProvider.Postgres);
        var fresh = Ams.Testing.PostgresServer.Instance.CreateDatabase();
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        WorkflowStoreServiceCollectionExtensions.Configure(builder, new WorkflowStoreOptions { Provider = DatabaseProvider.Postgres, ConnectionString = fresh });
        var contexts = new Microsoft.EntityFrameworkCore.Infrastructure.PooledDbContextFactory<WorkflowDbContext>(builder.Options);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => WorkflowDatabase.MigrateAsync(contexts))));

        await using var db = await contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.Jobs.CountAsync());
        await using var postgres = new PostgresWorkflowDbContext(
            new DbContextOptionsBuilder<PostgresWorkflowDbContext>().UseNpgsql(fresh).Options);
        Assert.Empty(await postgres.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await postgres.Database.GetAppliedMigrationsAsync());
    }
}
