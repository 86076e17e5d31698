using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ams.Mail.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests;

/// <summary>
/// An SMTP outage longer than the delivery budget: the mail is given up on, administrators see what, to whom, why and
/// how many tries, and once the server is back a resend delivers it, once.
/// </summary>
public sealed class UndeliveredMailTests : IAsyncLifetime
{
    private readonly string maildir = Path.Combine(Path.GetTempPath(), "ams-web-mail", Guid.NewGuid().ToString("N"));
    private AiosmtpdServer smtp = null!;
    private AmsWebApplication app = null!;

    [Fact]
    public async Task Mail_given_up_during_an_outage_is_listed_for_administrators_and_a_resend_delivers_it_once()
    {
        var admin = await app.SignInAsync("admin@ams.test");
        var holder = await app.SignInAsync("holder2@ams.test");
        await RevocationRequests.FileAsync(app, "holder2@ams.test", "UNSPECIFIED");

        var undelivered = await WaitAsync(async () =>
        {
            await RunDeliveryAsync();
            var list = await admin.GetFromJsonAsync<JsonArray>("/api/mail/undelivered");
            return list!.Count > 0 ? list : null;
        });

        var mail = Assert.Single(undelivered);
        Assert.Equal("holder2@ams.test", mail!["to"]![0]!.GetValue<string>());
        Assert.Equal(2, mail["attempts"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(mail["lastError"]?.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Forbidden, (await holder.GetAsync("/api/mail/undelivered")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/mail/undelivered/{Guid.NewGuid()}/resend", null)).StatusCode);

        await smtp.StartAsync();
        var resend = await admin.PostAsync("/api/mail/undelivered/resend", null);

        Assert.Equal(1, (await resend.Content.ReadFromJsonAsync<JsonObject>())!["resent"]!.GetValue<int>());
        var delivered = await WaitAsync(async () =>
        {
            await RunDeliveryAsync();
            return smtp.ReceivedMessages().Count > 0 ? smtp.ReceivedMessages() : null;
        });
        await RunDeliveryAsync();
        Assert.Equal("holder2@ams.test", Assert.Single(smtp.ReceivedMessages()).To.Mailboxes.Single().Address);
        Assert.Single(delivered);
        Assert.Empty((await admin.GetFromJsonAsync<JsonArray>("/api/mail/undelivered"))!);
    }

    public ValueTask InitializeAsync()
    {
        AiosmtpdServer.RequireInstalled();
        foreach (var sub in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(maildir, sub));
        }

        smtp = new AiosmtpdServer(maildir);
        app = new AmsWebApplication(RepositoryFolders.Workflows, new()
        {
            ["Ams:Mail:Smtp:Host"] = "127.0.0.1",
            ["Ams:Mail:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ams:Mail:Smtp:Security"] = "None",
            ["Ams:Mail:Delivery:InitialRetryDelay"] = "00:00:01",
            ["Ams:Mail:Delivery:MaxRetryDelay"] = "00:00:01",
            ["Ams:Mail:Delivery:MaxAttempts"] = "2",
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await smtp.DisposeAsync();
    }

    private Task RunDeliveryAsync() => app.Services.GetRequiredService<Ams.Web.Operations.Mail.MailDeliveryJob>().RunAsync(CancellationToken.None);

    private static async Task<T> WaitAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, "The mail did not reach the expected state in time.");
            await Task.Delay(300);
        }
    }
}
