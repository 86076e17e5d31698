using Ams.Mail.Delivery;
using Ams.Mail.Tests.Support;
using Ams.Mail.Transport;

namespace Ams.Mail.Tests.Delivery;

/// <summary>Delivery through MailKit to a real SMTP server (aiosmtpd) from a real SQLite outbox.</summary>
public sealed class SmtpDeliveryTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDirectory folder = new();
    private readonly ManualClock clock = new(Start);
    private readonly AiosmtpdServer server;

    public SmtpDeliveryTests()
    {
        server = new AiosmtpdServer(folder.File("maildir"));
    }

    [Fact]
    public async Task Delivers_each_queued_mail_exactly_once_with_its_message_id_from_to_and_subject()
    {
        AiosmtpdServer.RequireInstalled();
        await server.StartAsync();
        var outbox = await SqliteMailOutbox.CreateAsync(folder.File("outbox.db"));
        var indonesian = await outbox.EnqueueAsync(RequestSamples.Approved(), Start);
        var english = await outbox.EnqueueAsync(RequestSamples.Approved("john@example.org", "en"), Start);
        var delivery = Delivery(outbox);

        var first = await delivery.DeliverDueAsync(TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromHours(1));
        var second = await delivery.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new MailDeliveryReport(2, 0, 0), first);
        Assert.Equal(0, second.Claimed);
        var received = server.ReceivedMessages().OrderBy(m => m.Subject, StringComparer.Ordinal).ToList();
        Assert.Equal(2, received.Count);
        var id = received.Single(m => m.MessageId == $"{indonesian}@ams.local");
        Assert.Equal("\"AMS Uji\" <noreply@ams.test>", id.From.ToString());
        Assert.Equal("\"Siti Rahmawati\" <siti@contoh.go.id>", id.To.ToString());
        Assert.Equal("Permohonan #80A791B0 untuk sertifikat 14a6e6b5ef3449ec telah disetujui", id.Subject);
        Assert.Contains("Catatan Verifikasi : Data sesuai", id.TextBody, StringComparison.Ordinal);
        Assert.Equal(Start, id.Date);
        var en = received.Single(m => m.MessageId == $"{english}@ams.local");
        Assert.Equal("john@example.org", en.To.ToString());
        Assert.Equal("Request #80A791B0 for certificate 14a6e6b5ef3449ec has been approved", en.Subject);
        Assert.Equal(Start, (await outbox.GetAsync(indonesian)).SentAt);
    }

    [Fact]
    public async Task Retries_with_back_off_while_the_server_is_down_and_delivers_exactly_once_after_it_returns()
    {
        AiosmtpdServer.RequireInstalled();
        var outbox = await SqliteMailOutbox.CreateAsync(folder.File("outbox.db"));
        var key = await outbox.EnqueueAsync(RequestSamples.Approved(), Start);
        var delivery = Delivery(outbox);

        var down = await delivery.DeliverDueAsync(TestContext.Current.CancellationToken);
        var afterFirstFailure = await outbox.GetAsync(key);
        clock.Advance(TimeSpan.FromSeconds(29));
        var beforeDue = await delivery.DeliverDueAsync(TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(1));
        var stillDown = await delivery.DeliverDueAsync(TestContext.Current.CancellationToken);
        var afterSecondFailure = await outbox.GetAsync(key);

        Assert.Equal(new MailDeliveryReport(0, 1, 0), down);
        Assert.Equal((1, Start.AddSeconds(30)), (afterFirstFailure.Attempts, afterFirstFailure.NextAttemptAt));
        Assert.Contains($"127.0.0.1:{server.Port}", afterFirstFailure.LastError, StringComparison.Ordinal);
        Assert.Equal(0, beforeDue.Claimed);
        Assert.Equal(new MailDeliveryReport(0, 1, 0), stillDown);
        Assert.Equal((2, Start.AddSeconds(30 + 60)), (afterSecondFailure.Attempts, afterSecondFailure.NextAttemptAt));

        await server.StartAsync();
        var notYetDue = await delivery.DeliverDueAsync(TestContext.Current.CancellationToken);
        clock.Set(afterSecondFailure.NextAttemptAt);
        var back = await delivery.DeliverDueAsync(TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromHours(1));
        var afterwards = await delivery.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, notYetDue.Claimed);
        Assert.Equal(new MailDeliveryReport(1, 0, 0), back);
        Assert.Equal(0, afterwards.Claimed);
        var received = Assert.Single(server.ReceivedMessages());
        Assert.Equal($"{key}@ams.local", received.MessageId);
        Assert.Equal("Permohonan #80A791B0 untuk sertifikat 14a6e6b5ef3449ec telah disetujui", received.Subject);
        var row = await outbox.GetAsync(key);
        Assert.Equal((2, afterSecondFailure.NextAttemptAt, false), (row.Attempts, row.SentAt, row.IsDead));
    }

    [Fact]
    public async Task Marks_the_mail_dead_with_its_last_error_after_the_maximum_attempts()
    {
        var outbox = await SqliteMailOutbox.CreateAsync(folder.File("outbox.db"));
        var key = await outbox.EnqueueAsync(RequestSamples.Approved(), Start);
        var delivery = Delivery(outbox, maxAttempts: 3);

        var reports = new List<MailDeliveryReport>();
        for (var pass = 0; pass < 4; pass++)
        {
            reports.Add(await delivery.DeliverDueAsync(TestContext.Current.CancellationToken));
            clock.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(
            [new(0, 1, 0), new(0, 1, 0), new(0, 0, 1), new(0, 0, 0)],
            reports);
        var row = await outbox.GetAsync(key);
        Assert.True(row.IsDead);
        Assert.Null(row.SentAt);
        Assert.Equal(3, row.Attempts);
        Assert.Contains($"SMTP server 127.0.0.1:{server.Port}", row.LastError, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }

    private OutboxMailDelivery Delivery(SqliteMailOutbox outbox, int maxAttempts = 5)
    {
        var options = new MailOptions
        {
            Smtp =
            {
                Host = "127.0.0.1",
                Port = server.Port,
                Security = SmtpSecurity.None,
                From = "AMS Uji <noreply@ams.test>",
                Timeout = TimeSpan.FromSeconds(10),
            },
            Delivery = { InitialRetryDelay = TimeSpan.FromSeconds(30), MaxRetryDelay = TimeSpan.FromMinutes(10), MaxAttempts = maxAttempts },
        };
        return new OutboxMailDelivery(outbox, ShippedTemplates.Load(), new MailKitSmtpTransport(options.Smtp), options, clock);
    }
}
