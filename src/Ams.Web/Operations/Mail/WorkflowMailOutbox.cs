using Ams.Mail.Outbox;
using Ams.Workflow.Store;

namespace Ams.Web.Operations.Mail;

/// <summary>The mail library's outbox: the <c>mail</c> rows the workflow wrote in its own transactions.</summary>
public sealed class WorkflowMailOutbox(EfOutbox outbox) : IMailOutbox
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<OutboxMail>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int maxCount, CancellationToken cancellationToken) =>
        (await outbox.ClaimDueAsync(SendMailHandler.Topic, now, leaseUntil, maxCount, cancellationToken))
            .Select(e => new OutboxMail(e.Key, e.Payload, e.CreatedAt, e.Attempts)).ToList();

    /// <inheritdoc />
    public Task MarkSentAsync(Guid key, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        outbox.MarkDeliveredAsync(key, sentAt, cancellationToken);

    /// <inheritdoc />
    public Task ScheduleRetryAsync(Guid key, int attempts, DateTimeOffset nextAttemptAt, string error, CancellationToken cancellationToken) =>
        outbox.ScheduleRetryAsync(key, attempts, nextAttemptAt, error, cancellationToken);

    /// <inheritdoc />
    public Task MarkDeadAsync(Guid key, int attempts, string error, CancellationToken cancellationToken) =>
        outbox.MarkDeadAsync(key, attempts, error, cancellationToken);
}
