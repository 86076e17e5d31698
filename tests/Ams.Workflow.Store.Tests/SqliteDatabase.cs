using Ams.Workflow.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Ams.Workflow.Store.Tests;

/// <summary>A fresh SQLite file in a temporary folder, migrated, deleted with the test.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ams-store-tests", Guid.NewGuid().ToString("N"));

    public SqliteDatabase()
    {
        Directory.CreateDirectory(folder);
        Path = System.IO.Path.Combine(folder, "workflow.db");
        var contexts = NewContexts();
        WorkflowDatabase.MigrateAsync(contexts).GetAwaiter().GetResult();
    }

    public string Path { get; }

    /// <summary>A new store on the file, as a freshly started node would open it.</summary>
    public IWorkflowStore OpenStore() => new EfWorkflowStore(NewContexts());

    public IDbContextFactory<WorkflowDbContext> NewContexts()
    {
        var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
        WorkflowStoreServiceCollectionExtensions.ConfigureSqlite(builder, new WorkflowStoreOptions { ConnectionString = $"Data Source={Path}", Synchronous = "NORMAL" });
        return new PooledDbContextFactory<WorkflowDbContext>(builder.Options);
    }

    public void Dispose()
    {
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
