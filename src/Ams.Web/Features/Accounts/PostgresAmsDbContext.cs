using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Features.Accounts;

/// <summary>
/// The product's tables on PostgreSQL. The model is <see cref="AmsDbContext"/>'s; the type exists so that PostgreSQL's
/// migrations (<c>Migrations/Postgres</c>) stand apart from SQLite's, as EF Core keeps one set per type.
/// </summary>
public sealed class PostgresAmsDbContext(DbContextOptions<PostgresAmsDbContext> options) : AmsDbContext(options);
