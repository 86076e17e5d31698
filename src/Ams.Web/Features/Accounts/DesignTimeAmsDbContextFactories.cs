using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ams.Web.Features.Accounts;

/// <summary>
/// Lets <c>dotnet ef migrations add --context Ams.Web.Features.Accounts.AmsDbContext</c> build the SQLite context without a host.
/// It must exist beside the PostgreSQL one: a factory of the derived context also counts as one of the base context.
/// </summary>
internal sealed class DesignTimeAmsDbContextFactory : IDesignTimeDbContextFactory<AmsDbContext>
{
    public AmsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AmsDbContext>()
            .UseSqlite("Data Source=design.db", sqlite => sqlite.MigrationsHistoryTable(AmsDbContext.MigrationsTable))
            .Options);
}

/// <summary>Lets <c>dotnet ef migrations add --context Ams.Web.Features.Accounts.PostgresAmsDbContext</c> build the context without a server.</summary>
internal sealed class DesignTimePostgresAmsDbContextFactory : IDesignTimeDbContextFactory<PostgresAmsDbContext>
{
    public PostgresAmsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAmsDbContext>()
            .UseNpgsql("Host=localhost;Database=ams", npgsql => npgsql.MigrationsHistoryTable(AmsDbContext.MigrationsTable))
            .Options);
}
