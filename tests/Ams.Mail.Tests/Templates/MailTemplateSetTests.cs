using Ams.Mail.Delivery;
using Ams.Mail.Templates;
using Ams.Mail.Tests.Support;
using Ams.Mail.Transport;
using MimeKit;

namespace Ams.Mail.Tests.Templates;

public sealed class MailTemplateSetTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private readonly TemporaryDirectory folder = new();

    [Fact]
    public async Task Reads_the_source_once_and_again_after_a_reload()
    {
        var file = folder.File("request-approved.id.liquid");
        await File.WriteAllTextAsync(file, "subject: Lama {{ requestId }}\n\nIsi lama.", TestContext.Current.CancellationToken);
        var set = new MailTemplateSet(new FolderMailTemplateSource(folder.Path), new MailOptions());
        var before = (await set.GetAsync(TestContext.Current.CancellationToken)).Render("request-approved", "id", null);

        await File.WriteAllTextAsync(file, "subject: Baru {{ requestId }}\n\nIsi baru.", TestContext.Current.CancellationToken);
        var cached = (await set.GetAsync(TestContext.Current.CancellationToken)).Render("request-approved", "id", null);
        set.Reload();
        var after = (await set.GetAsync(TestContext.Current.CancellationToken)).Render("request-approved", "id", null);

        Assert.Equal("Lama", before.Mail!.Subject);
        Assert.Equal("Lama", cached.Mail!.Subject);
        Assert.Equal("Baru", after.Mail!.Subject);
    }

    [Fact]
    public async Task A_source_with_a_broken_template_is_an_error_naming_its_line()
    {
        await File.WriteAllTextAsync(folder.File("request-approved.id.liquid"), "subject: ok\n\n{% if x %} never closed", TestContext.Current.CancellationToken);
        var set = new MailTemplateSet(new FolderMailTemplateSource(folder.Path), new MailOptions());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => set.GetAsync(TestContext.Current.CancellationToken));

        Assert.Contains("request-approved.id.liquid(3,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delivery_over_a_set_renders_with_the_templates_current_at_each_pass()
    {
        var templates = folder.File("templates");
        Directory.CreateDirectory(templates);
        await File.WriteAllTextAsync(Path.Combine(templates, "request-approved.id.liquid"), "subject: Pertama\n\nSatu.", TestContext.Current.CancellationToken);
        var set = new MailTemplateSet(new FolderMailTemplateSource(templates), new MailOptions());
        var outbox = await SqliteMailOutbox.CreateAsync(folder.File("outbox.db"));
        var transport = new PickupFolderTransport(folder.File("pickup"));
        var delivery = new OutboxMailDelivery(outbox, set, transport, new MailOptions(), new ManualClock(Start));
        var first = await outbox.EnqueueAsync(RequestSamples.Approved(), Start);
        await delivery.DeliverDueAsync(TestContext.Current.CancellationToken);

        await File.WriteAllTextAsync(Path.Combine(templates, "request-approved.id.liquid"), "subject: Kedua\n\nDua.", TestContext.Current.CancellationToken);
        set.Reload();
        var second = await outbox.EnqueueAsync(RequestSamples.Approved(), Start);
        await delivery.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal("Pertama", (await MimeMessage.LoadAsync(transport.PathFor($"{first}@ams.local"), TestContext.Current.CancellationToken)).Subject);
        Assert.Equal("Kedua", (await MimeMessage.LoadAsync(transport.PathFor($"{second}@ams.local"), TestContext.Current.CancellationToken)).Subject);
    }

    public void Dispose() => folder.Dispose();
}
