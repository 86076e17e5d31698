using Ams.Mail.Transport;
using MimeKit;

namespace Ams.Mail.Tests.Support;

/// <summary>A real transport whose every send takes <paramref name="duration"/> on the test's clock.</summary>
internal sealed class SlowTransport(IMailTransport inner, ManualClock clock, TimeSpan duration) : IMailTransport
{
    public async Task<MailSendResult> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        clock.Advance(duration);
        return await inner.SendAsync(message, cancellationToken);
    }
}
