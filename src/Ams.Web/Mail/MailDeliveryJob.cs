using Ams.Mail.Delivery;
using Hangfire;

namespace Ams.Web.Mail;

/// <summary>The Hangfire job that delivers due mail: run right after a step queued mail, and every minute for retries.</summary>
public sealed class MailDeliveryJob(OutboxMailDelivery delivery)
{
    /// <summary>The recurring job's id.</summary>
    public const string RecurringJobId = "mail-delivery";

    /// <summary>One delivery pass; the outbox's leases keep concurrent passes apart.</summary>
    [AutomaticRetry(Attempts = 0)]
    public Task<MailDeliveryReport> RunAsync(CancellationToken cancellationToken) => delivery.DeliverDueAsync(cancellationToken);
}
