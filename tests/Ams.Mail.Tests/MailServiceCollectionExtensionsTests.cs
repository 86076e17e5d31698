using Ams.Mail.Delivery;
using Ams.Mail.Outbox;
using Ams.Mail.Templates;
using Ams.Mail.Tests.Support;
using Ams.Mail.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Mail.Tests;

public sealed class MailServiceCollectionExtensionsTests : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    [Fact]
    public void Writes_to_the_pickup_folder_when_no_smtp_host_is_configured()
    {
        using var provider = Provider(new() { ["Ams:Mail:PickupDirectory"] = folder.File("mail") });

        var transport = Assert.IsType<PickupFolderTransport>(provider.GetRequiredService<IMailTransport>());

        Assert.Equal(folder.File("mail"), transport.Directory);
    }

    [Fact]
    public void Binds_the_smtp_host_port_from_and_retry_settings()
    {
        using var provider = Provider(new()
        {
            ["Ams:Mail:Smtp:Host"] = "smtp.contoh.go.id",
            ["Ams:Mail:Smtp:Port"] = "587",
            ["Ams:Mail:Smtp:From"] = "BSrE <osd@contoh.go.id>",
            ["Ams:Mail:Delivery:MaxAttempts"] = "4",
            ["Ams:Mail:Delivery:InitialRetryDelay"] = "00:01:00",
        });

        var options = provider.GetRequiredService<MailOptions>();

        Assert.IsType<MailKitSmtpTransport>(provider.GetRequiredService<IMailTransport>());
        Assert.Equal(("smtp.contoh.go.id", 587, "BSrE <osd@contoh.go.id>"), (options.Smtp.Host, options.Smtp.Port, options.Smtp.From));
        Assert.Equal((4, TimeSpan.FromMinutes(1)), (options.Delivery.MaxAttempts, options.Delivery.InitialRetryDelay));
    }

    [Fact]
    public async Task Resolves_the_delivery_over_the_hosts_outbox_and_the_shipped_templates()
    {
        var outbox = await SqliteMailOutbox.CreateAsync(folder.File("outbox.db"));
        using var provider = Provider(new() { ["Ams:Mail:PickupDirectory"] = folder.File("mail") }, outbox);

        var delivery = provider.GetRequiredService<OutboxMailDelivery>();
        await outbox.EnqueueAsync(RequestSamples.Approved(), DateTimeOffset.UtcNow.AddMinutes(-1));
        var report = await delivery.DeliverDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(24, provider.GetRequiredService<MailTemplateLibrary>().Templates.Count);
        Assert.Equal(1, report.Sent);
        Assert.Single(Directory.GetFiles(folder.File("mail"), "*.eml"));
    }

    [Fact]
    public void Refuses_to_start_with_a_broken_template_and_names_it()
    {
        Directory.CreateDirectory(folder.File("templates"));
        File.WriteAllText(folder.File("templates/bad.id.liquid"), "subject: {{ x \n\nIsi\n");
        using var provider = Provider(new() { ["Ams:Mail:TemplateDirectory"] = folder.File("templates") });

        var error = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<MailTemplateLibrary>());

        Assert.Contains("bad.id.liquid(1,", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();

    private static ServiceProvider Provider(Dictionary<string, string?> settings, IMailOutbox? outbox = null)
    {
        settings.TryAdd("Ams:Mail:TemplateDirectory", ShippedTemplates.Directory);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddAmsMail(configuration);
        if (outbox is not null)
        {
            services.AddSingleton(outbox);
        }

        return services.BuildServiceProvider();
    }
}
