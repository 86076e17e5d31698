using Microsoft.EntityFrameworkCore;

namespace Ams.Workflow.Store;

/// <summary>Brings a database to the current schema.</summary>
public static class WorkflowDatabase
{
    /// <summary>Applies pending migrations (creating the file if needed).</summary>
    public static async Task MigrateAsync(IDbContextFactory<WorkflowDbContext> contexts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
