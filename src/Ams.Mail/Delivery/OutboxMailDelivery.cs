using Ams.Mail.Outbox;
using Ams.Mail.Templates;
using Ams.Mail.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ams.Mail.Delivery;

/// <summary>
/// Delivers the due mails of the outbox: claims them, renders each, hands it to the transport,
/// and records the outcome in the outbox (sent, retry with back-off, or dead with its error).
/// The host calls <see cref="DeliverDueAsync"/> from a recurring job.
/// </summary>
public sealed class OutboxMailDelivery
{
    private readonly IMailOutbox outbox;
    private readonly MailTemplateSet templates;
    private readonly IMailTransport transport;
    private readonly MailMessageComposer composer;
    private readonly MailRetryPolicy retryPolicy;
    private readonly MailDeliveryOptions options;
    private readonly TimeProvider clock;
    private readonly ILogger logger;

    /// <summary>Creates the delivery over its parts, with templates fixed once and for all.</summary>
    public OutboxMailDelivery(
        IMailOutbox outbox,
        MailTemplateLibrary templates,
        IMailTransport transport,
        MailOptions options,
        TimeProvider clock,
        ILogger<OutboxMailDelivery>? logger = null)
        : this(outbox, new MailTemplateSet(templates ?? throw new ArgumentNullException(nameof(templates))), transport, options, clock, logger)
    {
    }

    /// <summary>Creates the delivery over its parts; each pass renders with the set's current templates.</summary>
    public OutboxMailDelivery(
        IMailOutbox outbox,
        MailTemplateSet templates,
        IMailTransport transport,
        MailOptions options,
        TimeProvider clock,
        ILogger<OutboxMailDelivery>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Delivery.BatchSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Delivery.LeaseDuration, TimeSpan.Zero, nameof(options));
        this.outbox = outbox;
        this.templates = templates;
        this.transport = transport;
        this.clock = clock;
        this.options = options.Delivery;
        composer = new MailMessageComposer(options);
        retryPolicy = new MailRetryPolicy(options.Delivery);
        this.logger = logger ?? NullLogger<OutboxMailDelivery>.Instance;
    }

    /// <summary>
    /// One delivery pass over at most one batch of due mails. Each claimed mail ends the pass sent,
    /// scheduled for a retry, dead, or (when the pass ran past half its lease) left leased for a
    /// later pass; none is dropped.
    /// </summary>
    public async Task<MailDeliveryReport> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await outbox.ClaimDueAsync(now, now + options.LeaseDuration, options.BatchSize, cancellationToken);

        // A message whose lease runs out while it is being sent may be claimed and sent by another
        // pass as well; stop attempting well before that and leave the rest to a later pass.
        var stopAt = now + options.LeaseDuration / 2;
        int sent = 0, retrying = 0, dead = 0, left = 0;
        var library = due.Count == 0 ? null : await templates.GetAsync(cancellationToken);
        foreach (var mail in due)
        {
            if (clock.GetUtcNow() >= stopAt)
            {
                left++;
                continue;
            }

            switch (await DeliverAsync(mail, library!, cancellationToken))
            {
                case MailSendOutcome.Sent: sent++; break;
                case MailSendOutcome.TransientFailure: retrying++; break;
                default: dead++; break;
            }
        }

        return new MailDeliveryReport(sent, retrying, dead, left);
    }

    private async Task<MailSendOutcome> DeliverAsync(OutboxMail mail, MailTemplateLibrary library, CancellationToken cancellationToken)
    {
        var attempts = mail.Attempts + 1;
        if (!MailRequest.TryParse(mail.Payload, out var request, out var payloadError))
        {
            return await MarkDeadAsync(mail, attempts, payloadError, cancellationToken);
        }

        var rendered = library.Render(request.Template, request.Language, request.Model);
        if (!rendered.Succeeded)
        {
            return await MarkDeadAsync(mail, attempts, rendered.Error, cancellationToken);
        }

        var message = composer.Compose(mail, request, rendered.Mail);
        var result = await transport.SendAsync(message, cancellationToken);
        switch (result.Outcome)
        {
            case MailSendOutcome.Sent:
                await outbox.MarkSentAsync(mail.Key, clock.GetUtcNow(), cancellationToken);
                return MailSendOutcome.Sent;
            case MailSendOutcome.TransientFailure when retryPolicy.AllowsRetryAfter(attempts):
                var next = clock.GetUtcNow() + retryPolicy.DelayAfter(attempts);
                logger.LogWarning("Mail {Key} attempt {Attempts} failed, next at {Next}: {Error}", mail.Key, attempts, next, result.Error);
                await outbox.ScheduleRetryAsync(mail.Key, attempts, next, result.Error!, cancellationToken);
                return MailSendOutcome.TransientFailure;
            default:
                return await MarkDeadAsync(mail, attempts, result.Error!, cancellationToken);
        }
    }

    private async Task<MailSendOutcome> MarkDeadAsync(OutboxMail mail, int attempts, string error, CancellationToken cancellationToken)
    {
        logger.LogError("Mail {Key} is dead after {Attempts} attempt(s): {Error}", mail.Key, attempts, error);
        await outbox.MarkDeadAsync(mail.Key, attempts, error, cancellationToken);
        return MailSendOutcome.PermanentFailure;
    }
}
