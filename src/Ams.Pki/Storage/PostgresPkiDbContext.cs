using Microsoft.EntityFrameworkCore;

namespace Ams.Pki.Storage;

/// <summary>
/// The PKI's tables on PostgreSQL. The model is <see cref="PkiDbContext"/>'s; the type exists so that PostgreSQL's
/// migrations (<c>Migrations/Postgres</c>) stand apart from SQLite's, as EF Core keeps one set per type.
/// </summary>
/// <param name="options">EF Core options (Npgsql).</param>
public sealed class PostgresPkiDbContext(DbContextOptions<PostgresPkiDbContext> options) : PkiDbContext(options);
