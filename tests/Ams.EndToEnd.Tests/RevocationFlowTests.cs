using System.Security.Cryptography;
using Ams.Mail.Tests.Support;
using Ams.Pki.Authority;
using Ams.Pki.Tests.Support;
using Ams.Web.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>
/// The product's main job in a real Chromium against the host on Kestrel: a holder revokes with KEY_COMPROMISE,
/// a verifier approves with a note, the holder sees the notice, then <c>disetujui @ …</c>, the note and <c>berhasil</c>; the mails reached
/// a real SMTP server and OCSP says revoked. Screenshots of each page are kept as test output.
/// </summary>
public sealed class RevocationFlowTests : BrowserTest
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "ams-e2e", Guid.NewGuid().ToString("N"));
    private AiosmtpdServer smtp = null!;

    [Fact]
    public async Task A_holder_revokes_a_verifier_approves_and_the_holder_sees_success()
    {
        var holder = await Chromium.NewSessionAsync(BaseUrl);
        holder.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await holder.GotoAsync("/login");
        await Browser.ScreenshotAsync(holder, "1-login");
        await Browser.SignInAsync(holder, "holder@ams.test", AmsWebApplication.Password);
        await Assertions.Expect(holder.Locator("h1")).ToHaveTextAsync("Sertifikat Anda");
        await Browser.ScreenshotAsync(holder, "2-holder-certificates");
        var serial = (await holder.Locator("#certificates tbody tr").First.GetAttributeAsync("data-serial"))!;
        await holder.Locator($"tr[data-serial='{serial}'] a.info").ClickAsync();
        await Assertions.Expect(holder.Locator("#certificate-info")).ToContainTextAsync("Proteksi Email dan Tanda Tangan Digital");
        await Assertions.Expect(holder.Locator("#reason")).ToHaveValueAsync("UNSPECIFIED");
        await holder.SelectOptionAsync("#reason", "KEY_COMPROMISE");
        await Browser.ScreenshotAsync(holder, "3-holder-certificate-info");
        await holder.ClickAsync("#revoke");
        await holder.WaitForURLAsync(url => url.EndsWith("/permohonan", StringComparison.Ordinal));
        await Assertions.Expect(holder.Locator("#notice")).ToContainTextAsync($"untuk sertifikat {serial} telah diajukan");
        await Browser.ScreenshotAsync(holder, "4-holder-request-filed");

        var verifier = await Chromium.NewSessionAsync(BaseUrl);
        await Browser.SignInAsync(verifier, "op@ams.test", AmsWebApplication.Password);
        var row = verifier.Locator("#tasks tr", new PageLocatorOptions { HasText = serial });
        await WaitUntilAsync(async () =>
        {
            await verifier.GotoAsync("/inbox");
            return await row.CountAsync() > 0;
        });
        await Browser.ScreenshotAsync(verifier, "5-verifier-inbox");
        await row.First.Locator(".open-task").ClickAsync();
        await verifier.ClickAsync("#claim");
        await Assertions.Expect(verifier.Locator("#assignee")).ToHaveTextAsync("op@ams.test");
        await Assertions.Expect(verifier.Locator("#task-form")).ToHaveAttributeAsync("data-ready", "true");
        await verifier.Locator("#task-form").GetByLabel("Setujui (approved)").CheckAsync();
        await verifier.Locator("#task-form").GetByLabel("Catatan verifikasi").FillAsync("diterima");
        await Browser.ScreenshotAsync(verifier, "6-verifier-task");
        await verifier.ClickAsync("#complete");
        await Assertions.Expect(verifier.Locator("#confirm-decision-value")).ToHaveTextAsync("Disetujui");
        await verifier.ClickAsync("#confirm-submit");
        await verifier.WaitForURLAsync(url => url.Contains("scope=completed", StringComparison.Ordinal));

        // Status Permohonan refreshes by itself until enrollment ends.
        var status = holder.Locator("#request-status tbody tr", new PageLocatorOptions { HasText = serial }).Filter(new() { HasText = "pencabutan" });
        await Assertions.Expect(status.Locator(".enrollment")).ToHaveTextAsync("berhasil", new() { Timeout = 90_000 });
        await Assertions.Expect(status.Locator(".verification")).ToContainTextAsync("disetujui @ ");
        await Assertions.Expect(status.Locator(".note")).ToHaveTextAsync("diterima");
        await Browser.ScreenshotAsync(holder, "7-holder-status-permohonan");

        var mails = await WaitForMailsAsync(3);
        Assert.All(mails, m => Assert.Equal("holder@ams.test", m.To.Mailboxes.Single().Address));
        Assert.Equal(3, mails.Select(m => m.MessageId).Distinct().Count());

        var ocsp = await OcspAsync(serial);
        Assert.Contains("leaf.pem: revoked", ocsp, StringComparison.Ordinal);
        Assert.Contains("Reason: keyCompromise", ocsp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_speak_Indonesian_and_switch_to_English()
    {
        var page = await Chromium.NewSessionAsync(BaseUrl);
        await page.GotoAsync("/login");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Masuk");

        await page.ClickAsync("#language");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
    }

    protected override async Task<AmsWebApplication> CreateAppAsync()
    {
        AiosmtpdServer.RequireInstalled();
        foreach (var sub in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(work, "maildir", sub));
        }

        smtp = new AiosmtpdServer(Path.Combine(work, "maildir"));
        await smtp.StartAsync();
        return new AmsWebApplication(RepositoryFolders.Workflows, new()
        {
            ["Ams:Mail:Smtp:Host"] = "127.0.0.1",
            ["Ams:Mail:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Ams:Mail:Smtp:Security"] = "None",
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (smtp is not null)
        {
            await smtp.DisposeAsync();
        }
    }

    private async Task<string> OcspAsync(string serial)
    {
        var ca = await App.Services.GetRequiredService<CertificateAuthority>().GetCaCertificatesAsync();
        var certificate = await App.Services.GetRequiredService<CertificateAuthority>().FindBySerialAsync(serial);
        await File.WriteAllTextAsync(Path.Combine(work, "issuer.pem"), PemEncoding.WriteString("CERTIFICATE", ca.IssuingCaDer));
        await File.WriteAllTextAsync(Path.Combine(work, "chain.pem"), ca.ChainPem);
        await File.WriteAllTextAsync(Path.Combine(work, "leaf.pem"), certificate!.Pem);
        return await OpenSsl.RunOkAsync(work, "ocsp", "-issuer", "issuer.pem", "-cert", "leaf.pem", "-CAfile", "chain.pem", "-url", $"{BaseUrl}/pki/ocsp", "-resp_text");
    }

    private async Task<IReadOnlyList<MimeKit.MimeMessage>> WaitForMailsAsync(int count)
    {
        await WaitUntilAsync(() => Task.FromResult(smtp.ReceivedMessages().Count >= count));
        return smtp.ReceivedMessages();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "What the test waited for did not happen in time.");
            await Task.Delay(250);
        }
    }
}
