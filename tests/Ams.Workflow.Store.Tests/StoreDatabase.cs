using Ams.Testing;
using Ams.Workflow.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Ams.Workflow.Store.Tests;

/// <summary>
/// A fresh, migrated database for one test: a SQLite file in a temporary folder, or a database of its own in the
/// test process's PostgreSQL cluster. The store's behaviour tests run on both, as a theory over <see cref="Providers"/>.
/// </summary>
public sealed class StoreDatabase : IDisposable
{
    private readonly string? folder;

    public StoreDatabase(DatabaseProvider provider)
    {
        Provider = provider;
        if (provider == DatabaseProvider.Postgres)
        {
            ConnectionString = PostgresServer.Instance.CreateDatabase();
        }
        else
        {
            folder = Path.Combine(Path.GetTempPath(), "ams-store-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            ConnectionString = $"Data Source={Path.Combine(folder, "workflow.db")}";
        }

        WorkflowDatabase.MigrateAsync(NewContexts()).GetAwaiter().GetResult();
    }

    /// <summary>Both providers, for <c>[MemberData]</c>.</summary>
    public static TheoryData<DatabaseProvider> Providers { get; } = [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>A new store on the database, as a freshly started node would open it.</summary>
    public IWorkflowStore OpenStore() => new EfWorkflowStore(NewContexts());

    public IDbContextFactory<WorkflowDbContext> NewContexts()
    {
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        WorkflowStoreServiceCollectionExtensions.Configure(builder, new WorkflowStoreOptions { Provider = Provider, ConnectionString = ConnectionString, Synchronous = "NORMAL" });
        return new PooledDbContextFactory<WorkflowDbContext>(builder.Options);
    }

    /// <summary>Drops every pooled connection, as a process that died would.</summary>
    public static void ForgetConnections()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    public void Dispose()
    {
        if (folder is null)
        {
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a pooled connection on another thread; the temp folder is cleaned by the OS.
        }
    }
}
