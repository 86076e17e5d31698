using Ams.Mail.Outbox;
using Microsoft.Data.Sqlite;

namespace Ams.Mail.Tests.Support;

/// <summary>
/// <see cref="IMailOutbox"/> over a real SQLite file, shaped like the engine's outbox table
/// (key, topic, payload, created_at) plus the delivery columns the host adds.
/// </summary>
internal sealed class SqliteMailOutbox : IMailOutbox
{
    private readonly string connectionString;

    private SqliteMailOutbox(string path)
    {
        connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
    }

    public static async Task<SqliteMailOutbox> CreateAsync(string path)
    {
        var outbox = new SqliteMailOutbox(path);
        await outbox.ExecuteAsync(
            """
            CREATE TABLE outbox (
                key TEXT PRIMARY KEY,
                topic TEXT NOT NULL,
                payload TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at INTEGER NOT NULL,
                locked_until INTEGER NULL,
                sent_at INTEGER NULL,
                dead INTEGER NOT NULL DEFAULT 0,
                last_error TEXT NULL
            )
            """);
        return outbox;
    }

    public async Task<Guid> EnqueueAsync(MailRequest request, DateTimeOffset createdAt)
    {
        var key = Guid.NewGuid();
        await ExecuteAsync(
            "INSERT INTO outbox (key, topic, payload, created_at, next_attempt_at) VALUES ($key, $topic, $payload, $at, $at)",
            ("$key", key.ToString()), ("$topic", MailRequest.OutboxTopic), ("$payload", request.ToJson()), ("$at", createdAt.ToUnixTimeMilliseconds()));
        return key;
    }

    public async Task<OutboxRow> GetAsync(Guid key)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT attempts, next_attempt_at, locked_until, sent_at, dead, last_error FROM outbox WHERE key = $key";
        command.Parameters.AddWithValue("$key", key.ToString());
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"No outbox row {key}.");
        return new OutboxRow(
            key,
            reader.GetInt32(0),
            FromMilliseconds(reader.GetInt64(1)),
            reader.IsDBNull(2) ? null : FromMilliseconds(reader.GetInt64(2)),
            reader.IsDBNull(3) ? null : FromMilliseconds(reader.GetInt64(3)),
            reader.GetInt32(4) == 1,
            reader.IsDBNull(5) ? null : reader.GetString(5));
    }

    public async Task<IReadOnlyList<OutboxMail>> ClaimDueAsync(
        DateTimeOffset now, DateTimeOffset leaseUntil, int maxCount, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText =
            """
            UPDATE outbox SET locked_until = $leaseUntil
            WHERE key IN (
                SELECT key FROM outbox
                WHERE topic = $topic AND sent_at IS NULL AND dead = 0
                  AND next_attempt_at <= $now AND (locked_until IS NULL OR locked_until <= $now)
                ORDER BY created_at, key
                LIMIT $max)
            RETURNING key, payload, created_at, attempts
            """;
        command.Parameters.AddWithValue("$leaseUntil", leaseUntil.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$topic", MailRequest.OutboxTopic);
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$max", maxCount);
        var claimed = new List<OutboxMail>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new OutboxMail(Guid.Parse(reader.GetString(0)), reader.GetString(1), FromMilliseconds(reader.GetInt64(2)), reader.GetInt32(3)));
        }

        return claimed.OrderBy(m => m.CreatedAt).ToList();
    }

    public Task MarkSentAsync(Guid key, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE outbox SET sent_at = $at, locked_until = NULL WHERE key = $key",
            ("$key", key.ToString()), ("$at", sentAt.ToUnixTimeMilliseconds()));

    public Task ScheduleRetryAsync(Guid key, int attempts, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE outbox SET attempts = $attempts, next_attempt_at = $next, last_error = $error, locked_until = NULL WHERE key = $key",
            ("$key", key.ToString()), ("$attempts", attempts), ("$next", nextAttemptAt.ToUnixTimeMilliseconds()), ("$error", error));

    public Task MarkDeadAsync(Guid key, int attempts, string error, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "UPDATE outbox SET attempts = $attempts, dead = 1, last_error = $error, locked_until = NULL WHERE key = $key",
            ("$key", key.ToString()), ("$attempts", attempts), ("$error", error));

    private static DateTimeOffset FromMilliseconds(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
