using Ams.Mail.Outbox;
using Ams.Mail.Templates;
using MimeKit;

namespace Ams.Mail.Delivery;

/// <summary>
/// Builds the MIME message of an outbox row: From from the options, Message-ID
/// <c>&lt;{outbox key}@{domain}&gt;</c> so a duplicate is recognisable, Date from the row's creation.
/// </summary>
public sealed class MailMessageComposer
{
    private readonly MailboxAddress from;
    private readonly string messageIdDomain;

    /// <summary>Creates a composer; the From address must parse.</summary>
    public MailMessageComposer(MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!MailboxAddress.TryParse(options.Smtp.From, out var parsed))
        {
            throw new ArgumentException($"Ams:Mail:Smtp:From '{options.Smtp.From}' is not a mail address.", nameof(options));
        }

        from = parsed;
        messageIdDomain = options.MessageIdDomain;
    }

    /// <summary>The Message-ID (without angle brackets) of the mail of outbox row <paramref name="key"/>.</summary>
    public string MessageIdFor(Guid key) => $"{key:D}@{messageIdDomain}";

    /// <summary>Composes the message for <paramref name="mail"/>, rendered from <paramref name="request"/>.</summary>
    public MimeMessage Compose(OutboxMail mail, MailRequest request, RenderedMail rendered)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(rendered);
        var message = new MimeMessage
        {
            MessageId = MessageIdFor(mail.Key),
            Date = mail.CreatedAt,
            Subject = rendered.Subject,
        };
        var body = new TextPart("plain") { Text = rendered.Body };
        body.Headers.Add(HeaderId.ContentLanguage, rendered.Language);
        message.Body = body;
        message.From.Add(from);
        message.To.AddRange(request.To.Select(MailboxAddress.Parse));
        return message;
    }
}
