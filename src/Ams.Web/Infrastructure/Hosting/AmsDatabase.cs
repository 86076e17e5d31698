using Ams.Pki.Storage;
using Ams.Web.Features.Accounts;
using Ams.Workflow.Store;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Infrastructure.Hosting;

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

    /// <summary>Options of the product's context on a connection of its own, for a write apart from the request's context.</summary>
    public DbContextOptions<AmsDbContext> ProductOptions() =>
        (DbContextOptions<AmsDbContext>)UseForProduct(new DbContextOptionsBuilder<AmsDbContext>()).Options;

    /// <summary>Options of the product's context on an open connection (an engine step's, see <see cref="Features.Requests.ProductWrite"/>).</summary>
    public DbContextOptions<AmsDbContext> OnConnection(System.Data.Common.DbConnection connection)
    {
        var builder = new DbContextOptionsBuilder<AmsDbContext>();
        return (Provider == DatabaseProvider.Postgres ? builder.UseNpgsql(connection) : builder.UseSqlite(connection)).Options;
    }

    /// <summary>The embedded CA's context.</summary>
    public DbContextOptionsBuilder UseForPki(DbContextOptionsBuilder builder) =>
        Provider == DatabaseProvider.Postgres ? PkiDatabase.UsePostgres(builder, ConnectionString) : PkiDatabase.UseSqlite(builder, ConnectionString);

    /// <summary>
    /// Takes the database's start-up lock until disposed: on PostgreSQL an advisory lock, so that nodes starting together
    /// take turns at migrations, roles, demo data and shipped models and never do one twice (EF Core's own migration
    /// lock did not keep two nodes apart there). SQLite has one node: nothing to take.
    /// </summary>
    public async Task<IAsyncDisposable> LockStartupAsync(CancellationToken cancellationToken)
    {
        if (Provider != DatabaseProvider.Postgres)
        {
            return new StartupLock(null);
        }

        var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var take = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_lock({StartupLockKey})", connection) { CommandTimeout = 0 };
        await take.ExecuteNonQueryAsync(cancellationToken);
        return new StartupLock(connection);
    }

    /// <summary>The advisory lock key of the product's start-up (an arbitrary constant: "AMS" and a version).</summary>
    private const long StartupLockKey = 0x414D53_0001;

    /// <summary>Applies every pending migration: the product's, the engine's, the CA's.</summary>
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

    /// <summary>Releases the advisory lock; the connection goes back to the pool, so the session outlives it.</summary>
    private sealed class StartupLock(Npgsql.NpgsqlConnection? connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (connection is null)
            {
                return;
            }

            await using (var release = new Npgsql.NpgsqlCommand($"SELECT pg_advisory_unlock({StartupLockKey})", connection))
            {
                await release.ExecuteNonQueryAsync();
            }

            await connection.DisposeAsync();
        }
    }
}
