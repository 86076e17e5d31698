using Ams.Workflow.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Workflow.Store;

/// <summary>Registers the EF Core store.</summary>
public static class WorkflowStoreServiceCollectionExtensions
{
    /// <summary>Adds <see cref="EfWorkflowStore"/> on the configured provider as the engine's <see cref="IWorkflowStore"/>.</summary>
    public static IServiceCollection AddWorkflowStore(this IServiceCollection services, Action<WorkflowStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new WorkflowStoreOptions();
        configure(options);
        services.AddSingleton(options);
        services.AddPooledDbContextFactory<WorkflowDbContext>(db => Configure(db, options));
        services.AddSingleton<IWorkflowStore, EfWorkflowStore>();
        services.AddSingleton<EfOutbox>();
        return services;
    }

    /// <summary>The provider's settings, for hosts and tests that build a context themselves.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, WorkflowStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var migrations = typeof(WorkflowDbContext).Assembly.GetName().Name;
        return options.Provider switch
        {
            DatabaseProvider.Postgres => builder.UseNpgsql(options.ConnectionString, npgsql => npgsql.MigrationsAssembly(migrations)),
            _ => builder
                .UseSqlite(options.ConnectionString, sqlite => sqlite.MigrationsAssembly(migrations))
                .AddInterceptors(SqlitePragmas.For(options.Synchronous)),
        };
    }
}
