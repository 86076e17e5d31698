using Microsoft.EntityFrameworkCore;

namespace Ams.Workflow.Store;

/// <summary>
/// Delivery of the outbox rows commands wrote: a pass claims due rows of one topic under a lease, then marks each
/// delivered, retried later or dead. Each call is its own short transaction.
/// </summary>
public sealed class EfOutbox(IDbContextFactory<WorkflowDbContext> contexts)
{
    /// <summary>Adds a row outside any process step (a mail the host sends on its own, such as an invitation).</summary>
    public Task EnqueueAsync(Guid key, string topic, string payload, DateTimeOffset createdAt, CancellationToken cancellationToken) =>
        UpdateAsync("INSERT INTO wf_outbox (key, topic, payload, created_at, attempts, dead) VALUES (@k, @t, @p, @c, 0, FALSE)",
            cancellationToken, ("@k", Sql.Id(key)), ("@t", topic), ("@p", payload), ("@c", Sql.Ms(createdAt)));

    /// <summary>Leases up to <paramref name="max"/> due rows of <paramref name="topic"/>, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> ClaimDueAsync(string topic, DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var dialect = StoreDialect.Of(connection);
        using var gate = await Gate(db, dialect).EnterAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = Sql.Command(connection, transaction,
            $"""
            UPDATE wf_outbox SET leased_until = @until
            WHERE key IN (
                SELECT key FROM wf_outbox
                WHERE topic = @topic AND delivered_at IS NULL AND dead = FALSE
                  AND (next_attempt_at IS NULL OR next_attempt_at <= @now)
                  AND (leased_until IS NULL OR leased_until <= @now)
                ORDER BY created_at
                LIMIT @max
                {dialect.LockForLease})
            RETURNING key, payload, created_at, attempts
            """,
            ("@until", Sql.Ms(leaseUntil)), ("@topic", topic), ("@now", Sql.Ms(now)), ("@max", max));
        var claimed = new List<OutboxEntry>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                claimed.Add(new OutboxEntry(Guid.Parse(reader.GetString(0)), reader.GetString(1), Sql.At(reader.GetInt64(2)), reader.GetInt32(3)));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return claimed.OrderBy(e => e.CreatedAt).ToList();
    }

    /// <summary>Marks a row delivered.</summary>
    public Task MarkDeliveredAsync(Guid key, DateTimeOffset at, CancellationToken cancellationToken) =>
        UpdateAsync("UPDATE wf_outbox SET delivered_at = @at, leased_until = NULL WHERE key = @k", cancellationToken, ("@at", Sql.Ms(at)), ("@k", Sql.Id(key)));

    /// <summary>Records a failed attempt and when to try again.</summary>
    public Task ScheduleRetryAsync(Guid key, int attempts, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) =>
        UpdateAsync("UPDATE wf_outbox SET attempts = @a, next_attempt_at = @n, last_error = @e, leased_until = NULL WHERE key = @k",
            cancellationToken, ("@a", attempts), ("@n", Sql.Ms(nextAttemptAt)), ("@e", error), ("@k", Sql.Id(key)));

    /// <summary>Gives up on a row, keeping it with its last error.</summary>
    public Task MarkDeadAsync(Guid key, int attempts, string error, CancellationToken cancellationToken) =>
        UpdateAsync("UPDATE wf_outbox SET attempts = @a, dead = TRUE, last_error = @e, leased_until = NULL WHERE key = @k",
            cancellationToken, ("@a", attempts), ("@e", error), ("@k", Sql.Id(key)));

    /// <summary>The rows of <paramref name="topic"/> given up on, newest first, with their tries and last error.</summary>
    public async Task<IReadOnlyList<DeadOutboxEntry>> ListDeadAsync(string topic, int max, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        return await Sql.QueryAsync(db.Database.GetDbConnection(),
            "SELECT key, payload, created_at, attempts, last_error FROM wf_outbox WHERE topic = @topic AND dead = TRUE ORDER BY created_at DESC LIMIT @max",
            r => new DeadOutboxEntry(Guid.Parse(r.GetString(0)), r.GetString(1), Sql.At(r.GetInt64(2)), r.GetInt32(3), r.IsDBNull(4) ? null : r.GetString(4)),
            cancellationToken, ("@topic", topic), ("@max", max));
    }

    /// <summary>
    /// Gives rows given up on a new start (all of <paramref name="topic"/>, or the one of <paramref name="key"/>): due
    /// now, with a full budget of attempts again. Returns how many.
    /// </summary>
    public async Task<int> ReviveAsync(string topic, Guid? key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var gate = await Gate(db, StoreDialect.Of(db.Database.GetDbConnection())).EnterAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        const string Revive = "UPDATE wf_outbox SET dead = FALSE, attempts = 0, next_attempt_at = NULL, leased_until = NULL WHERE topic = @topic AND dead = TRUE";
        return key is { } one
            ? await Sql.ExecuteAsync(db.Database.GetDbConnection(), null, Revive + " AND key = @key", cancellationToken, ("@topic", topic), ("@key", Sql.Id(one)))
            : await Sql.ExecuteAsync(db.Database.GetDbConnection(), null, Revive, cancellationToken, ("@topic", topic));
    }

    private async Task UpdateAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using var gate = await Gate(db, StoreDialect.Of(db.Database.GetDbConnection())).EnterAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await Sql.ExecuteAsync(db.Database.GetDbConnection(), null, sql, cancellationToken, parameters);
    }

    private static SemaphoreSlim? Gate(WorkflowDbContext db, StoreDialect dialect) =>
        dialect.SingleWriter ? WriteGate.For(db.Database.GetConnectionString() ?? "") : null;
}
