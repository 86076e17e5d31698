using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ams.Workflow.Store;

/// <summary>
/// The engine's store on EF Core (SQLite by default). Reads go through EF; the per-command write path is
/// parameterised SQL in one immediate transaction, so a command costs a handful of statements and one commit.
/// </summary>
public sealed partial class EfWorkflowStore : IWorkflowStore
{
    private readonly IDbContextFactory<WorkflowDbContext> contexts;
    private readonly SemaphoreSlim? writes;
    private readonly GroupCommit[] commits;
    private readonly DirectConnections connections;

    /// <summary>Creates the store over a context factory.</summary>
    public EfWorkflowStore(IDbContextFactory<WorkflowDbContext> contexts)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        this.contexts = contexts;
        using var db = contexts.CreateDbContext();
        connections = new DirectConnections(db);
        writes = connections.Dialect.SingleWriter ? WriteGate.For(connections.ConnectionString) : null;
        commits = GroupCommit.For(connections.ConnectionString, connections.Dialect);
    }

    /// <inheritdoc />
    public async Task<ProcessInstance?> LoadInstanceAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = Sql.Command(connection, null, "SELECT state_json FROM wf_instances WHERE id = @id", ("@id", Sql.Id(id)));
        return await command.ExecuteScalarAsync(cancellationToken) is string json ? InstanceSerializer.Deserialize(json) : null;
    }

    /// <inheritdoc />
    public async Task CommitAsync(InstanceChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await CommitTogetherAsync([changes], cancellationToken);
    }

    /// <inheritdoc />
    public async Task CommitTogetherAsync(IReadOnlyList<InstanceChanges> changes, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfZero(changes.Count);
        var first = changes.MinBy(c => c.Instance.Id)!;
        await GroupCommit.LaneOf(commits, first.Instance.Id).CommitAsync(changes, () => connections.OpenAsync(CancellationToken.None), cancellationToken);
    }
}
