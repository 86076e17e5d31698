using System.Data.Common;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Store;

/// <summary>
/// A host write this store can commit: it runs on the step's own connection, inside its transaction (and the command's
/// savepoint), after the instance's rows. Throwing <see cref="Engine.Storage.ConcurrencyConflictException"/> or hitting a
/// unique constraint rolls the whole step back as a conflict; any other failure fails the step.
/// </summary>
public abstract class StoreWrite : IHostWrite
{
    /// <summary>Writes the host's rows; <paramref name="instanceId"/> is the instance whose step this is.</summary>
    public abstract Task WriteAsync(DbConnection connection, DbTransaction transaction, Guid instanceId, CancellationToken cancellationToken);
}
