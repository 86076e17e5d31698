using Microsoft.EntityFrameworkCore;

namespace Ams.Workflow.Store;

/// <summary>
/// The engine's tables on PostgreSQL. The model is <see cref="WorkflowDbContext"/>'s; the type exists so that
/// PostgreSQL's migrations (<c>Migrations/Postgres</c>) stand apart from SQLite's, as EF Core keeps one set per type.
/// </summary>
public sealed class PostgresWorkflowDbContext(DbContextOptions<PostgresWorkflowDbContext> options) : WorkflowDbContext(options);
