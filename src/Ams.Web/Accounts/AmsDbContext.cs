using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Accounts;

/// <summary>The product's own tables (accounts and roles), beside the engine's in the same SQLite file.</summary>
public sealed class AmsDbContext(DbContextOptions<AmsDbContext> options) : IdentityDbContext<AmsUser>(options)
{
    /// <summary>The product's migration history, apart from the engine's.</summary>
    public const string MigrationsTable = "__ams_migrations";
}
