using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ams.Pki.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite context without a host.</summary>
internal sealed class DesignTimePkiDbContextFactory : IDesignTimeDbContextFactory<PkiDbContext>
{
    public PkiDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<PkiDbContext>)PkiDatabase.UseSqlite(new DbContextOptionsBuilder<PkiDbContext>(), "Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add --context PostgresPkiDbContext</c> build the context without a server.</summary>
internal sealed class DesignTimePostgresPkiDbContextFactory : IDesignTimeDbContextFactory<PostgresPkiDbContext>
{
    public PostgresPkiDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<PostgresPkiDbContext>)PkiDatabase.UsePostgres(new DbContextOptionsBuilder<PostgresPkiDbContext>(), "Host=localhost;Database=ams").Options);
}
