using Ams.Workflow.Engine.Storage;
using Ams.Workflow.Store.Rows;
using Microsoft.EntityFrameworkCore;

namespace Ams.Workflow.Store;

/// <summary>Decision resources (DMN), versioned by their decision requirements graph.</summary>
public sealed partial class EfWorkflowStore
{
    /// <inheritdoc />
    public async Task<bool> TryAddDecisionResourceAsync(DecisionResourceRecord resource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resource);
        using var gate = await writes.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.DecisionResources.AnyAsync(d => d.DecisionRequirementsId == resource.DecisionRequirementsId && d.Version == resource.Version, cancellationToken))
        {
            return false;
        }

        var key = Sql.Id(resource.Key);
        db.DecisionResources.Add(new DecisionResourceRow
        {
            Key = key,
            DecisionRequirementsId = resource.DecisionRequirementsId,
            Name = resource.Name,
            Version = resource.Version,
            ResourceName = resource.ResourceName,
            Xml = resource.Xml,
            Checksum = resource.Checksum,
            DeployedAt = Sql.Ms(resource.DeployedAt),
        });
        db.Decisions.AddRange(resource.DecisionIds.Distinct().Select(id => new DecisionRow
        {
            DecisionId = id,
            ResourceKey = key,
            DeployedAt = Sql.Ms(resource.DeployedAt),
            Version = resource.Version,
        }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task<DecisionResourceRecord?> FindDecisionResourceAsync(Guid key, CancellationToken cancellationToken)
    {
        var id = Sql.Id(key);
        return await FindDecisionResourceAsync(rows => rows.Where(r => r.Key == id), cancellationToken);
    }

    /// <inheritdoc />
    public Task<DecisionResourceRecord?> FindDecisionResourceAsync(string decisionRequirementsId, int version, CancellationToken cancellationToken) =>
        FindDecisionResourceAsync(rows => rows.Where(r => r.DecisionRequirementsId == decisionRequirementsId && r.Version == version), cancellationToken);

    /// <inheritdoc />
    public Task<DecisionResourceRecord?> FindLatestDecisionResourceAsync(string decisionRequirementsId, CancellationToken cancellationToken) =>
        FindDecisionResourceAsync(rows => rows.Where(r => r.DecisionRequirementsId == decisionRequirementsId).OrderByDescending(r => r.Version), cancellationToken);

    /// <inheritdoc />
    public async Task<DecisionResourceRecord?> FindLatestDecisionResourceByDecisionIdAsync(string decisionId, CancellationToken cancellationToken)
    {
        string? key;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            key = await db.Decisions.AsNoTracking().Where(d => d.DecisionId == decisionId)
                .OrderByDescending(d => d.DeployedAt).ThenByDescending(d => d.ResourceKey).Select(d => d.ResourceKey).FirstOrDefaultAsync(cancellationToken);
        }

        return key is null ? null : await FindDecisionResourceAsync(rows => rows.Where(r => r.Key == key), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DecisionResourceRecord>> ListDecisionResourcesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.DecisionResources.AsNoTracking().OrderByDescending(d => d.DeployedAt).ThenByDescending(d => d.Version).ToListAsync(cancellationToken);
        var decisions = await db.Decisions.AsNoTracking().ToListAsync(cancellationToken);
        var byResource = decisions.ToLookup(d => d.ResourceKey, d => d.DecisionId);
        return rows.Select(r => ToRecord(r, byResource[r.Key].Order(StringComparer.Ordinal).ToList())).ToList();
    }

    private async Task<DecisionResourceRecord?> FindDecisionResourceAsync(Func<IQueryable<DecisionResourceRow>, IQueryable<DecisionResourceRow>> query, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await query(db.DecisionResources.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var ids = await db.Decisions.AsNoTracking().Where(d => d.ResourceKey == row.Key).Select(d => d.DecisionId).ToListAsync(cancellationToken);
        return ToRecord(row, ids.Order(StringComparer.Ordinal).ToList());
    }

    private static DecisionResourceRecord ToRecord(DecisionResourceRow row, IReadOnlyList<string> decisionIds) =>
        new(Guid.Parse(row.Key), row.DecisionRequirementsId, row.Name, row.Version, row.ResourceName, row.Xml, row.Checksum, decisionIds, Sql.At(row.DeployedAt));
}
