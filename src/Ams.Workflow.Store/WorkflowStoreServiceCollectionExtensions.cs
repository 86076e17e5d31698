using Ams.Workflow.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Workflow.Store;

/// <summary>Registers the EF Core store.</summary>
public static class WorkflowStoreServiceCollectionExtensions
{
    /// <summary>Adds <see cref="EfWorkflowStore"/> on SQLite as the engine's <see cref="IWorkflowStore"/>.</summary>
    public static IServiceCollection AddWorkflowSqliteStore(this IServiceCollection services, Action<WorkflowStoreOptions> configure)
    {
        var options = new WorkflowStoreOptions();
        configure(options);
        services.AddPooledDbContextFactory<WorkflowDbContext>(db => ConfigureSqlite(db, options));
        services.AddSingleton<IWorkflowStore, EfWorkflowStore>();
        services.AddSingleton<EfOutbox>();
        return services;
    }

    /// <summary>The SQLite settings, for hosts and tests that build a context themselves.</summary>
    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder builder, WorkflowStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        return builder
            .UseSqlite(options.ConnectionString, sqlite => sqlite.MigrationsAssembly(typeof(WorkflowDbContext).Assembly.GetName().Name))
            .AddInterceptors(new SqlitePragmas(options.Synchronous));
    }
}
