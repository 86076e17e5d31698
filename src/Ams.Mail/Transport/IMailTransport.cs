using MimeKit;

namespace Ams.Mail.Transport;

/// <summary>Hands a composed message to whatever carries it further (an SMTP server, a folder).</summary>
public interface IMailTransport
{
    /// <summary>
    /// Sends <paramref name="message"/>. Failures are values: a transient one is worth retrying, a
    /// permanent one (the server refused the message for good) is not.
    /// </summary>
    Task<MailSendResult> SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
