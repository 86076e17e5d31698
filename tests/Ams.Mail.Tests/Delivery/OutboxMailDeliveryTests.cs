using System.Text.Json.Nodes;
using Ams.Mail.Delivery;
using Ams.Mail.Tests.Support;
using Ams.Mail.Transport;

namespace Ams.Mail.Tests.Delivery;

/// <summary>Mails that can never be sent end dead at once, with the reason, instead of being retried.</summary>
public sealed class OutboxMailDeliveryTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    private readonly TemporaryDirectory folder = new();

    [Fact]
    public async Task Marks_a_mail_for_an_unknown_template_dead_with_the_template_name()
    {
        var outbox = await SqliteMailOutbox.CreateAsync(folder.File("outbox.db"));
        var key = await outbox.EnqueueAsync(new MailRequest("no-such-template", "id", ["siti@contoh.go.id"], new JsonObject()), Start);

        var report = await Delivery(outbox).DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new MailDeliveryReport(0, 0, 1), report);
        var row = await outbox.GetAsync(key);
        Assert.True(row.IsDead);
        Assert.Equal(1, row.Attempts);
        Assert.Contains("Unknown mail template 'no-such-template'", row.LastError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("pickup")));
    }

    [Fact]
    public async Task Marks_a_mail_with_an_invalid_recipient_dead_and_delivers_the_others()
    {
        var outbox = await SqliteMailOutbox.CreateAsync(folder.File("outbox.db"));
        var bad = await outbox.EnqueueAsync(RequestSamples.Approved("not an address"), Start);
        var good = await outbox.EnqueueAsync(RequestSamples.Approved(), Start);

        var report = await Delivery(outbox).DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new MailDeliveryReport(1, 0, 1), report);
        Assert.Contains("'not an address'", (await outbox.GetAsync(bad)).LastError, StringComparison.Ordinal);
        Assert.NotNull((await outbox.GetAsync(good)).SentAt);
    }

    [Fact]
    public async Task Leaves_a_claimed_mail_to_its_pass_until_the_lease_runs_out()
    {
        var outbox = await SqliteMailOutbox.CreateAsync(folder.File("outbox.db"));
        var key = await outbox.EnqueueAsync(RequestSamples.Approved(), Start);
        var crashed = await outbox.ClaimDueAsync(Start, Start.AddMinutes(5), 10, TestContext.Current.CancellationToken);
        var clock = new ManualClock(Start.AddMinutes(1));

        var duringLease = await Delivery(outbox, clock).DeliverDueAsync(TestContext.Current.CancellationToken);
        clock.Set(Start.AddMinutes(5));
        var afterLease = await Delivery(outbox, clock).DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(key, Assert.Single(crashed).Key);
        Assert.Equal(0, duringLease.Claimed);
        Assert.Equal(new MailDeliveryReport(1, 0, 0), afterLease);
    }

    [Fact]
    public async Task Leaves_the_rest_of_a_slow_batch_for_a_later_pass_before_the_lease_runs_out()
    {
        var outbox = await SqliteMailOutbox.CreateAsync(folder.File("outbox.db"));
        for (var i = 0; i < 3; i++)
        {
            await outbox.EnqueueAsync(RequestSamples.Approved(), Start);
        }

        var clock = new ManualClock(Start);
        var pickup = new PickupFolderTransport(folder.File("pickup"));
        var options = new MailOptions { Delivery = { LeaseDuration = TimeSpan.FromMinutes(5) } };
        var delivery = new OutboxMailDelivery(outbox, ShippedTemplates.Load(), new SlowTransport(pickup, clock, TimeSpan.FromMinutes(2)), options, clock);

        var slow = await delivery.DeliverDueAsync(TestContext.Current.CancellationToken);
        var stillLeased = await delivery.DeliverDueAsync(TestContext.Current.CancellationToken);
        clock.Set(Start.AddMinutes(5));
        var afterLease = await delivery.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new MailDeliveryReport(2, 0, 0, Left: 1), slow);
        Assert.Equal(0, stillLeased.Claimed);
        Assert.Equal(new MailDeliveryReport(1, 0, 0), afterLease);
        Assert.Equal(3, Directory.GetFiles(pickup.Directory, "*.eml").Length);
    }

    public void Dispose() => folder.Dispose();

    private OutboxMailDelivery Delivery(SqliteMailOutbox outbox, TimeProvider? clock = null) =>
        new(outbox, ShippedTemplates.Load(), new PickupFolderTransport(folder.File("pickup")), new MailOptions(), clock ?? new ManualClock(Start));
}
