using Ams.Mail.Delivery;
using Ams.Mail.Tests.Support;
using Ams.Mail.Transport;
using MimeKit;

namespace Ams.Mail.Tests.Transport;

public sealed class PickupFolderTransportTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Writes_a_parseable_eml_named_after_the_message_id()
    {
        using var folder = new TemporaryDirectory();
        var outbox = await SqliteMailOutbox.CreateAsync(folder.File("outbox.db"));
        var key = await outbox.EnqueueAsync(RequestSamples.Approved(), Start);
        var transport = new PickupFolderTransport(folder.File("pickup"));
        var delivery = new OutboxMailDelivery(outbox, ShippedTemplates.Load(), transport, new MailOptions(), new ManualClock(Start));

        var report = await delivery.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new MailDeliveryReport(1, 0, 0), report);
        var file = Assert.Single(Directory.GetFiles(transport.Directory));
        Assert.Equal(transport.PathFor($"{key}@ams.local"), file);
        var message = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal($"{key}@ams.local", message.MessageId);
        Assert.Equal("\"AMS\" <noreply@ams.local>", message.From.ToString());
        Assert.Equal("\"Siti Rahmawati\" <siti@contoh.go.id>", message.To.ToString());
        Assert.Equal("Permohonan #80A791B0 untuk sertifikat 14a6e6b5ef3449ec telah disetujui", message.Subject);
        Assert.Contains("Yth. Siti Rahmawati,", message.TextBody, StringComparison.Ordinal);
        Assert.Equal("id", message.Body?.Headers[HeaderId.ContentLanguage]);
    }

    [Fact]
    public async Task Writes_a_message_sent_twice_as_one_file()
    {
        using var folder = new TemporaryDirectory();
        var transport = new PickupFolderTransport(folder.Path);
        var message = new MimeMessage { MessageId = "f3c1@ams.local", Subject = "Sertifikat" };
        message.From.Add(MailboxAddress.Parse("noreply@ams.local"));
        message.To.Add(MailboxAddress.Parse("siti@contoh.go.id"));
        message.Body = new TextPart("plain") { Text = "Isi" };

        var first = await transport.SendAsync(message, TestContext.Current.CancellationToken);
        var second = await transport.SendAsync(message, TestContext.Current.CancellationToken);

        Assert.Equal((MailSendOutcome.Sent, MailSendOutcome.Sent), (first.Outcome, second.Outcome));
        Assert.Equal(folder.File("f3c1@ams.local.eml"), Assert.Single(Directory.GetFiles(folder.Path)));
    }
}
