using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
using Ams.Workflow.Store.Rows;

namespace Ams.Workflow.Store;

/// <summary>Message subscriptions and buffered messages.</summary>
public sealed partial class EfWorkflowStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<MessageSubscriptionRecord>> FindSubscriptionsAsync(string messageName, string correlationKey, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var json = await Sql.QueryAsync(connection,
            "SELECT json FROM wf_subscriptions WHERE message_name = @n AND correlation_key = @c ORDER BY created_at",
            r => r.GetString(0), cancellationToken, ("@n", messageName), ("@c", correlationKey));
        return json.Select(InstanceSerializer.DeserializeRecord<MessageSubscriptionRecord>).ToList();
    }

    /// <inheritdoc />
    public async Task AddBufferedMessageAsync(BufferedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var gate = await writes.EnterAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.BufferedMessages.Add(new BufferedMessageRow
        {
            Key = Sql.Id(message.Key),
            Name = message.Name,
            CorrelationKey = message.CorrelationKey,
            Variables = message.Variables,
            ExpiresAt = Sql.Ms(message.ExpiresAt),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<BufferedMessage?> FindBufferedMessageAsync(string messageName, string correlationKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Asked whenever a message subscription opens: plain SQL.
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await Sql.QueryAsync(connection,
            "SELECT key, name, correlation_key, variables, expires_at FROM wf_buffered_messages WHERE name = @n AND correlation_key = @c AND expires_at > @at ORDER BY expires_at LIMIT 1",
            r => new BufferedMessage(Guid.Parse(r.GetString(0)), r.GetString(1), r.GetString(2), r.GetString(3), Sql.At(r.GetInt64(4))),
            cancellationToken, ("@n", messageName), ("@c", correlationKey), ("@at", Sql.Ms(now)));
        return rows.FirstOrDefault();
    }
}
