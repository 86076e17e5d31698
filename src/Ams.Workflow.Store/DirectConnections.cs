using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Ams.Workflow.Store;

/// <summary>
/// Plain ADO.NET connections to the store's database for the per-command hot path. Opening through a DbContext
/// costs a pooled context reset and the provider's per-open set-up (SQLite registers its functions on every open);
/// the hot path runs only plain SQL, so it opens the provider's connection directly, set up once per physical connection.
/// </summary>
internal sealed class DirectConnections
{
    private readonly DbProviderFactory factory;
    private readonly string connectionString;
    private readonly SqlitePragmas? pragmas;

    public DirectConnections(WorkflowDbContext db)
    {
        var template = db.Database.GetDbConnection();
        factory = DbProviderFactories.GetFactory(template) ?? throw new InvalidOperationException("The store's provider has no connection factory.");
        connectionString = db.Database.GetConnectionString() ?? "";
        Dialect = StoreDialect.Of(template);
        if (Dialect.SingleWriter)
        {
            pragmas = SqlitePragmas.For(ReadSynchronous(db, template));
        }
    }

    /// <summary>The provider's SQL differences.</summary>
    public StoreDialect Dialect { get; }

    /// <summary>Identifies the database, for what this process shares per database (the writer's queue).</summary>
    public string ConnectionString => connectionString;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = factory.CreateConnection()!;
        connection.ConnectionString = connectionString;
        await connection.OpenAsync(cancellationToken);
        pragmas?.ApplyOnce(connection);
        return connection;
    }

    /// <summary>The durability the context was configured with, so that direct connections keep it.</summary>
    private static string ReadSynchronous(WorkflowDbContext db, DbConnection template)
    {
        db.Database.OpenConnection();
        try
        {
            using var command = template.CreateCommand();
            command.CommandText = "PRAGMA synchronous";
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) switch
            {
                0 => "OFF",
                1 => "NORMAL",
                3 => "EXTRA",
                _ => "FULL",
            };
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }
}
