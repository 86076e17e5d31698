using System.Collections.Concurrent;
using System.Data.Common;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Store;

/// <summary>
/// Commits the commands that wait for the file's writer together: the first to take the writer's gate writes every
/// queued command in one transaction, each inside its own savepoint, so a command that conflicts is rolled back alone
/// and the rest share one durable commit (one fsync) instead of paying for one each. SQLite has one such writer per file.
/// PostgreSQL takes concurrent writers, so a node keeps <see cref="PostgresLanes"/> of them, each on its own connection,
/// and an instance's commands always take the same lane; nodes meet in the database, where a batch's instances are
/// locked in key order so that no two batches wait on each other in a cycle.
/// </summary>
internal sealed class GroupCommit(SemaphoreSlim gate, StoreDialect dialect)
{
    /// <summary>Writers per node on PostgreSQL: enough to keep the server busy while each waits for its round trips.</summary>
    public const int PostgresLanes = 4;

    private const int MaxBatch = 64;
    private static readonly ConcurrentDictionary<string, GroupCommit[]> Databases = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Pending> queue = new();

    /// <summary>The writer's connection and prepared statements, kept between batches; only touched under the gate.</summary>
    private StatementCache? writer;

    /// <summary>The writers of this process for a database: one for SQLite, <see cref="PostgresLanes"/> for PostgreSQL.</summary>
    public static GroupCommit[] For(string connectionString, StoreDialect dialect) =>
        Databases.GetOrAdd(connectionString, cs => dialect.SingleWriter
            ? [new GroupCommit(WriteGate.For(cs), dialect)]
            : [.. Enumerable.Range(0, PostgresLanes).Select(_ => new GroupCommit(new SemaphoreSlim(1, 1), dialect))]);

    /// <summary>The lane an instance's commands take.</summary>
    public static GroupCommit LaneOf(GroupCommit[] lanes, Guid instanceId) =>
        lanes[(int)((uint)instanceId.GetHashCode() % (uint)lanes.Length)];

    /// <summary>
    /// Commits <paramref name="changes"/> (one command's writes to one or several instances, all or none), alone or with
    /// other commands; throws what its own write threw.
    /// </summary>
    public async Task CommitAsync(IReadOnlyList<InstanceChanges> changes, Func<Task<DbConnection>> open, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var mine = new Pending([.. changes.OrderBy(c => c.Instance.Id)]);
        queue.Enqueue(mine);

        // Once queued, the command may be written by another caller, so waiting for the gate is not cancelled:
        // a caller that gave up must not be told "failed" about a command that was committed.
        using (await gate.EnterAsync(CancellationToken.None))
        {
            while (!mine.Outcome.Task.IsCompleted)
            {
                await WriteAsync(Drain(), open);
            }
        }

        await mine.Outcome.Task;
    }

    private List<Pending> Drain()
    {
        // A command that writes several instances is written in a batch of its own: each batch then takes its row locks
        // in ascending key order, so batches of different lanes or nodes cannot wait on each other in a cycle.
        var batch = new List<Pending>();
        while (batch.Count < MaxBatch && queue.TryPeek(out var next) && !(next.Changes.Count > 1 && batch.Count > 0))
        {
            _ = queue.TryDequeue(out _);
            batch.Add(next);
            if (next.Changes.Count > 1)
            {
                break;
            }
        }

        batch.Sort((a, b) => a.Changes[0].Instance.Id.CompareTo(b.Changes[0].Instance.Id));
        return batch;
    }

    private async Task WriteAsync(List<Pending> batch, Func<Task<DbConnection>> open)
    {
        var written = new List<Pending>(batch.Count);
        try
        {
            writer ??= new StatementCache(await open());
            await using var transaction = await writer.Connection.BeginTransactionAsync(CancellationToken.None);
            foreach (var pending in batch)
            {
                if (await TryWriteAsync(pending, writer, transaction))
                {
                    written.Add(pending);
                }
            }

            await new InstanceCommit(writer, transaction).WriteHistoryAsync(dialect, written.SelectMany(p => p.Changes).SelectMany(c => c.History).ToList());
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            // Whatever broke the transaction, every command in it failed and each caller must hear so; the next
            // batch starts on a fresh connection.
            if (writer is not null)
            {
                await writer.DisposeAsync();
                writer = null;
            }

            var failure = e is DbException db && IsLockConflict(db)
                ? new ConcurrencyConflictException($"The batch met another node's writes: {e.Message}")
                : e;
            foreach (var pending in batch)
            {
                pending.Outcome.TrySetException(failure);
            }

            return;
        }

        foreach (var pending in written)
        {
            pending.Outcome.TrySetResult();
        }
    }

    private static async Task<bool> TryWriteAsync(Pending pending, StatementCache statements, DbTransaction transaction)
    {
        // Savepoints through the writer's prepared statements: the transaction's own SaveAsync/ReleaseAsync prepare
        // their SQL again on every call, twice per command.
        await statements.ExecuteAsync(transaction, "SAVEPOINT command");
        try
        {
            var commit = new InstanceCommit(statements, transaction);
            foreach (var changes in pending.Changes)
            {
                await commit.WriteAsync(changes);
            }

            await statements.ExecuteAsync(transaction, "RELEASE SAVEPOINT command");
            return true;
        }
        catch (Exception e) when (e is ConcurrencyConflictException || IsUniqueViolation(e))
        {
            await statements.ExecuteAsync(transaction, "ROLLBACK TO SAVEPOINT command");
            await statements.ExecuteAsync(transaction, "RELEASE SAVEPOINT command");
            pending.Outcome.TrySetException(e is ConcurrencyConflictException
                ? e
                : new ConcurrencyConflictException($"Process instance {pending.Changes[0].Instance.Id} was written by another command: {e.Message}"));
            return false;
        }
    }

    /// <summary>A unique constraint refused the write, directly or through EF Core (a host write).</summary>
    private static bool IsUniqueViolation(Exception e) =>
        (e as DbException ?? e.InnerException as DbException) is { } db
        && (db.SqlState == "23505" || db.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase));

    /// <summary>PostgreSQL gave up on the transaction to break a deadlock or a serialization conflict: trying again is safe.</summary>
    private static bool IsLockConflict(DbException e) => e.SqlState is "40P01" or "40001";

    private sealed class Pending(IReadOnlyList<InstanceChanges> changes)
    {
        /// <summary>One command's writes, by ascending instance key.</summary>
        public IReadOnlyList<InstanceChanges> Changes { get; } = changes;

        public TaskCompletionSource Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
