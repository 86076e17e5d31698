using Ams.Mail.Delivery;
using Ams.Mail.Templates;
using Ams.Web.Operations.Resources;
using Hangfire;

namespace Ams.Web.Operations.Mail;

/// <summary>The Hangfire job that delivers due mail: run right after a step queued mail, and every minute for retries.</summary>
public sealed class MailDeliveryJob(OutboxMailDelivery delivery, ResourceGeneration generation, MailTemplateSet templates)
{
    /// <summary>The recurring job's id.</summary>
    public const string RecurringJobId = "mail-delivery";

    /// <summary>
    /// One delivery pass with the templates as last saved on any node; the outbox's leases keep concurrent passes apart.
    /// </summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task<MailDeliveryReport> RunAsync(CancellationToken cancellationToken)
    {
        if (await generation.ChangedSinceLastAskedAsync("mail", cancellationToken))
        {
            templates.Reload();
        }

        return await delivery.DeliverDueAsync(cancellationToken);
    }
}
