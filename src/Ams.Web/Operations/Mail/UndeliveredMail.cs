using Ams.Mail;
using Ams.Workflow.Store;
using Hangfire;

namespace Ams.Web.Operations.Mail;

/// <summary>
/// Mail given up on after its last attempt: what, to whom, why and how many tries, for administrators, who can send
/// one or all of it again with a full budget of attempts.
/// </summary>
public sealed class UndeliveredMail(EfOutbox outbox, IBackgroundJobClient jobs, Operations.Audit.AuditTrail audit)
{
    /// <summary>The most rows one listing shows.</summary>
    public const int MaxListed = 500;

    /// <summary>The undelivered mails, newest first.</summary>
    public async Task<IReadOnlyList<UndeliveredMailView>> ListAsync(CancellationToken cancellationToken) =>
        (await outbox.ListDeadAsync(SendMailHandler.Topic, MaxListed, cancellationToken)).Select(UndeliveredMailView.From).ToList();

    /// <summary>Sends one (<paramref name="id"/>) or all of them again now; returns how many.</summary>
    public async Task<int> ResendAsync(Guid? id, CancellationToken cancellationToken)
    {
        var revived = await outbox.ReviveAsync(SendMailHandler.Topic, id, cancellationToken);
        if (revived > 0)
        {
            _ = jobs.Enqueue<MailDeliveryJob>(job => job.RunAsync(CancellationToken.None));
            await audit.RecordAsync(
                new Operations.Audit.AuditEvent(Operations.Audit.AuditEventTypes.MailResent, id is { } one ? $"Mail {one} sent again" : $"All undelivered mail sent again: {revived}"),
                cancellationToken);
        }

        return revived;
    }
}

/// <summary>One undelivered mail as administrators see it.</summary>
public sealed record UndeliveredMailView(Guid Id, string Template, IReadOnlyList<string> To, int Attempts, string? LastError, DateTimeOffset CreatedAt)
{
    /// <summary>Reads the mail a row carries; a payload that is not a mail still shows, with its error.</summary>
    public static UndeliveredMailView From(DeadOutboxEntry row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return MailRequest.TryParse(row.Payload, out var mail, out var error)
            ? new(row.Key, mail.Template, mail.To, row.Attempts, row.LastError, row.CreatedAt)
            : new(row.Key, "?", [], row.Attempts, row.LastError ?? error, row.CreatedAt);
    }
}
