using Ams.Pki.Storage;
using Ams.Web.Accounts;
using Ams.Workflow.Store;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Hosting;

/// <summary>
/// The one database the product keeps everything in (<c>ConnectionStrings:Ams</c>, <c>Ams:Database:Provider</c>): the
/// product's, the engine's and the CA's tables, each set with its own migration history, on SQLite or PostgreSQL.
/// </summary>
public sealed class AmsDatabase
{
    /// <summary>Reads the provider and the connection string; SQLite in the data folder by default.</summary>
    public AmsDatabase(IConfiguration configuration, AmsOptions options, AmsPaths paths)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(paths);
        Provider = Enum.TryParse<DatabaseProvider>(options.Database.Provider, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Ams:Database:Provider is '{options.Database.Provider}'; it must be Sqlite or Postgres.");
        ConnectionString = configuration.GetConnectionString("Ams")
            ?? (Provider == DatabaseProvider.Sqlite
                ? $"Data Source={paths.Database}"
                : throw new InvalidOperationException("Ams:Database:Provider is Postgres but ConnectionStrings:Ams is not set."));
    }

    /// <summary>SQLite or PostgreSQL.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The connection string of <c>ConnectionStrings:Ams</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>The product's context (accounts, requests, resources, data-protection keys).</summary>
    public DbContextOptionsBuilder UseForProduct(DbContextOptionsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return Provider == DatabaseProvider.Postgres
            ? builder.UseNpgsql(ConnectionString, npgsql => npgsql.MigrationsHistoryTable(AmsDbContext.MigrationsTable))
            : builder.UseSqlite(ConnectionString, sqlite => sqlite.MigrationsHistoryTable(AmsDbContext.MigrationsTable));
    }

    /// <summary>Options of the product's context on an open connection (an engine step's, see <see cref="Requests.ProductWrite"/>).</summary>
    public DbContextOptions<AmsDbContext> OnConnection(System.Data.Common.DbConnection connection)
    {
        var builder = new DbContextOptionsBuilder<AmsDbContext>();
        return (Provider == DatabaseProvider.Postgres ? builder.UseNpgsql(connection) : builder.UseSqlite(connection)).Options;
    }

    /// <summary>The embedded CA's context.</summary>
    public DbContextOptionsBuilder UseForPki(DbContextOptionsBuilder builder) =>
        Provider == DatabaseProvider.Postgres ? PkiDatabase.UsePostgres(builder, ConnectionString) : PkiDatabase.UseSqlite(builder, ConnectionString);

    /// <summary>
    /// Applies every pending migration: the product's, the engine's, the CA's. EF Core takes a database lock for each
    /// set, so nodes that start together never apply one twice.
    /// </summary>
    public async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (Provider == DatabaseProvider.Postgres)
        {
            var builder = new DbContextOptionsBuilder<PostgresAmsDbContext>();
            UseForProduct(builder);
            await using var product = new PostgresAmsDbContext(builder.Options);
            await product.Database.MigrateAsync(cancellationToken);
        }
        else
        {
            await services.GetRequiredService<AmsDbContext>().Database.MigrateAsync(cancellationToken);
        }

        await WorkflowDatabase.MigrateAsync(services.GetRequiredService<IDbContextFactory<WorkflowDbContext>>(), cancellationToken);
        await using var pki = await services.GetRequiredService<IDbContextFactory<PkiDbContext>>().CreateDbContextAsync(cancellationToken);
        await PkiDatabase.MigrateAsync(pki, cancellationToken);
    }
}
