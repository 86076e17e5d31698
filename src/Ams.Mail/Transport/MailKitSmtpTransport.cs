using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Ams.Mail.Transport;

/// <summary>Sends each message to an SMTP server with MailKit, one connection per message.</summary>
public sealed class MailKitSmtpTransport : IMailTransport
{
    private readonly SmtpOptions options;
    private readonly string host;

    /// <summary>Creates a transport for the server in <paramref name="options"/>.</summary>
    public MailKitSmtpTransport(SmtpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Host, nameof(options));
        this.options = options;
        host = options.Host;
    }

    /// <inheritdoc />
    public async Task<MailSendResult> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(host, options.Port, SocketOptions(), cancellationToken);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return MailSendResult.Sent;
        }
        catch (SmtpCommandException e) when ((int)e.StatusCode >= 500
            && e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted)
        {
            // A refused recipient or content fails the same way every time. A refused sender is
            // usually configuration (authentication, From address) and is retried until fixed.
            return MailSendResult.Permanent($"{Server} refused the message: {(int)e.StatusCode} {e.Message}");
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or SocketException
            or IOException or TimeoutException or AuthenticationException or SslHandshakeException
            or ServiceNotConnectedException or ServiceNotAuthenticatedException)
        {
            return MailSendResult.Transient($"{Server}: {e.Message}");
        }
    }

    private string Server => $"SMTP server {host}:{options.Port}";

    private SecureSocketOptions SocketOptions() => options.Security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
