using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ams.Mail.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests;

/// <summary>Mail queued by the revocation process reaches a real SMTP server, once each, also after an outage.</summary>
public sealed class MailFlowTests : IAsyncLifetime
{
    private readonly string maildir = Path.Combine(Path.GetTempPath(), "ams-web-mail", Guid.NewGuid().ToString("N"));
    private AiosmtpdServer smtp = null!;
    private AmsWebApplication app = null!;

    [Fact]
    public async Task The_holder_gets_one_mail_for_the_request_and_one_for_the_decision()
    {
        await smtp.StartAsync();
        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", "KEY_COMPROMISE");
        var received = await WaitForMailsAsync(1);
        Assert.Equal("holder@ams.test", received[0].To.Mailboxes.Single().Address);
        Assert.Contains((await RevocationRequests.WaitForAsync(app, requestId, _ => true)).SerialNumber, received[0].Subject, StringComparison.Ordinal);
        Assert.Contains("Budi Santoso", received[0].TextBody, StringComparison.Ordinal);
        var filedAt = (await RevocationRequests.WaitForAsync(app, requestId, _ => true)).CreatedAt;
        Assert.Contains(Ams.Web.Infrastructure.Localization.Texts.Moment(filedAt), received[0].TextBody, StringComparison.Ordinal);
        var number = Ams.Web.Features.Requests.RequestNumber.Of(requestId).ToString();
        Assert.StartsWith($"Permohonan {number}: pencabutan sertifikat ", received[0].Subject, StringComparison.Ordinal);
        Assert.Contains($"Nomor Permohonan : {number}", received[0].TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(requestId.ToString(), received[0].Subject + received[0].TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("http://localhost:5080/permohonan", received[0].TextBody, StringComparison.Ordinal);

        var op = await app.SignInAsync("op@ams.test");
        var task = (await RevocationRequests.WaitForTaskAsync(op, requestId))["id"]!.ToString();
        var decided = await op.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables = new { decision = "rejected", note = "data tidak sesuai" } });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);

        var mails = await WaitForMailsAsync(2);
        Assert.Contains("data tidak sesuai", mails.Single(m => m.MessageId != received[0].MessageId).TextBody, StringComparison.Ordinal);
        Assert.Equal(2, mails.Select(m => m.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task The_holder_who_chose_English_gets_the_English_mail()
    {
        await smtp.StartAsync();
        var browser = await app.SignInWithCookieAsync("holder@ams.test");
        Assert.True((await browser.GetAsync("/lang/en?returnUrl=/sertifikat")).IsSuccessStatusCode);

        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", "KEY_COMPROMISE");

        var mail = Assert.Single(await WaitForMailsAsync(1));
        var request = await RevocationRequests.WaitForAsync(app, requestId, _ => true);
        var number = Ams.Web.Features.Requests.RequestNumber.Of(requestId).ToString();
        Assert.Equal($"Request {number}: your certificate revocation request for {request.SerialNumber} has been received", mail.Subject);
        Assert.StartsWith("Dear Budi Santoso,", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Request number : {number}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Reason         : Key compromised (KEY_COMPROMISE)", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Date           : {Ams.Web.Infrastructure.Localization.Texts.Moment(request.CreatedAt)}", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(requestId.ToString(), mail.Subject + mail.TextBody, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Mail_queued_while_the_server_is_down_arrives_once_after_it_returns()
    {
        await RevocationRequests.FileAsync(app, "holder2@ams.test", "UNSPECIFIED");
        await WaitForFailedAttemptAsync();

        await smtp.StartAsync();

        // The retry is due a second after the failure; the minutely pass would take it, the test runs passes itself.
        var delivery = app.Services.GetRequiredService<Ams.Web.Operations.Mail.MailDeliveryJob>();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (smtp.ReceivedMessages().Count == 0 && DateTime.UtcNow < deadline)
        {
            await delivery.RunAsync(CancellationToken.None);
            await Task.Delay(200);
        }

        var mail = Assert.Single(await WaitForMailsAsync(1));
        Assert.Equal("holder2@ams.test", mail.To.Mailboxes.Single().Address);
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
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await smtp.DisposeAsync();
    }

    private async Task<IReadOnlyList<MimeKit.MimeMessage>> WaitForMailsAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var mails = smtp.ReceivedMessages();
            if (mails.Count >= count)
            {
                await Task.Delay(500);
                mails = smtp.ReceivedMessages();
                Assert.Equal(count, mails.Count);
                return mails;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{mails.Count} of {count} mails arrived.");
            await Task.Delay(100);
        }
    }

    private async Task WaitForFailedAttemptAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<Ams.Web.Features.Accounts.AmsDbContext>();
                var attempts = await db.Database.SqlQueryRaw<int>("SELECT attempts AS Value FROM wf_outbox WHERE topic = 'mail'").ToListAsync();
                if (attempts.Count == 1 && attempts[0] > 0)
                {
                    return;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, "No delivery attempt failed while the server was down.");
            await Task.Delay(100);
        }
    }
}
