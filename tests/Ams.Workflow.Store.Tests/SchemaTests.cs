using Microsoft.EntityFrameworkCore;

namespace Ams.Workflow.Store.Tests;

public sealed class SchemaTests : IDisposable
{
    private readonly SqliteDatabase database = new();

    [Fact]
    public async Task Migrations_create_the_schema_and_the_file_runs_in_write_ahead_log_mode()
    {
        await using var db = await database.NewContexts().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await db.Jobs.CountAsync());
    }

    public void Dispose() => database.Dispose();
}
