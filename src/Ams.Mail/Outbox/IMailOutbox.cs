namespace Ams.Mail.Outbox;

/// <summary>
/// The outbox rows of topic <c>mail</c>, as the delivery sees them. The host implements it over
/// the workflow engine's outbox table; every delivery state lives there, none in memory.
/// </summary>
/// <remarks>
/// A row is <em>pending</em> (neither sent nor dead) until marked sent or dead. A pending row is
/// <em>due</em> when its next attempt time (initially its creation) is at or before now and it is
/// not leased. Each method is its own short transaction.
/// </remarks>
public interface IMailOutbox
{
    /// <summary>
    /// Claims up to <paramref name="maxCount"/> due rows, oldest first, leasing them until
    /// <paramref name="leaseUntil"/> so that concurrent passes never claim the same row. A lease
    /// that runs out (the pass died) makes the row due again.
    /// </summary>
    Task<IReadOnlyList<OutboxMail>> ClaimDueAsync(
        DateTimeOffset now, DateTimeOffset leaseUntil, int maxCount, CancellationToken cancellationToken);

    /// <summary>Marks the row sent at <paramref name="sentAt"/>; it is never claimed again.</summary>
    Task MarkSentAsync(Guid key, DateTimeOffset sentAt, CancellationToken cancellationToken);

    /// <summary>
    /// Records a failed attempt: stores <paramref name="attempts"/> and <paramref name="error"/>,
    /// releases the lease, and makes the row due again at <paramref name="nextAttemptAt"/>.
    /// </summary>
    Task ScheduleRetryAsync(
        Guid key, int attempts, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the row dead: kept with <paramref name="attempts"/> and its last
    /// <paramref name="error"/> for an operator, never claimed again.
    /// </summary>
    Task MarkDeadAsync(Guid key, int attempts, string error, CancellationToken cancellationToken);
}
