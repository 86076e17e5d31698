using Ams.Workflow.Store;

namespace Ams.Web.Operations.Audit;

/// <summary>
/// This node as the audit trail knows it: its name (<c>Ams:Node:Name</c>, else the host name), the actor of what it does
/// on its own, and the turn its own appends take on SQLite, so that they queue here instead of sleeping on the file's lock.
/// </summary>
public sealed class AuditNode(string name) : IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);

    /// <summary>The node's name.</summary>
    public string Name { get; } = name;

    /// <summary>Waits for this node's turn on SQLite; PostgreSQL's advisory lock does the waiting there.</summary>
    public async Task<IDisposable> EnterAsync(DatabaseProvider provider, CancellationToken cancellationToken)
    {
        if (provider != DatabaseProvider.Sqlite)
        {
            return new Turn(null);
        }

        await turn.WaitAsync(cancellationToken);
        return new Turn(turn);
    }

    /// <inheritdoc />
    public void Dispose() => turn.Dispose();

    private sealed class Turn(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
