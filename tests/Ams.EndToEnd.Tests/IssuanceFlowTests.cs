using System.Net.Http.Json;
using System.Text;
using Ams.Pki.Tests.Support;
using Ams.Web.Features.Requests;
using Ams.Web.Tests;
using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>
/// Issuance in a real Chromium: a holder whose certificate was revoked applies for a new one with a PDF and a PNG, a
/// verifier opens both inline and approves, the holder enrolls with a server-made key and downloads the PKCS#12, which
/// openssl opens with the passphrase; the certificate is in <em>Sertifikat Anda</em> and the <c>issue</c> row shows
/// <c>approved @ …</c>, the note and <c>success</c>. Screenshots of each page are kept as test output.
/// </summary>
public sealed class IssuanceFlowTests : BrowserTest
{
    private const string Holder = "holder@ams.test";
    private const string Passphrase = "kata sandi yang panjang sekali";
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    private readonly string work = Path.Combine(Path.GetTempPath(), "ams-e2e-issuance", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_holder_who_revoked_applies_with_two_documents_a_verifier_approves_after_opening_them_and_the_holder_enrolls_a_pkcs12()
    {
        OpenSsl.Require();
        Directory.CreateDirectory(work);
        await RevokeAsync();

        var holder = await Chromium.NewSessionAsync(BaseUrl);
        await Browser.SignInAsync(holder, Holder, AmsWebApplication.Password);
        await holder.ClickAsync("#menu-apply");
        await Assertions.Expect(holder.Locator("h1")).ToHaveTextAsync("Permohonan Penerbitan");
        await Assertions.Expect(holder.Locator("#subject")).ToContainTextAsync(Holder);
        await holder.CheckAsync("input[name=product][value='Proteksi Email dan Tanda Tangan Digital']");
        await holder.SetInputFilesAsync("#document-idCard", new FilePayload { Name = "ktp.png", MimeType = "image/png", Buffer = Png });
        await holder.SetInputFilesAsync("#document-recommendationLetter", new FilePayload { Name = "surat.pdf", MimeType = "application/pdf", Buffer = TinyPdf() });
        await Browser.ScreenshotAsync(holder, "issuance-1-apply");
        await holder.ClickAsync("#submit-application");
        await holder.WaitForURLAsync(url => url.Contains("/permohonan", StringComparison.Ordinal));
        await Assertions.Expect(holder.Locator("#notice")).ToBeVisibleAsync();
        // Newest first: the application is the top row (the demo data has issue rows of its own).
        var newest = holder.Locator("#request-status tbody tr").First;
        await Assertions.Expect(newest.Locator(".kind")).ToHaveAttributeAsync("data-kind", "issue");
        await Assertions.Expect(newest.Locator(".verification")).ToHaveTextAsync("menunggu verifikasi");
        var issueRow = holder.Locator($"#request-status tr[data-request='{await newest.GetAttributeAsync("data-request")}']");
        await Browser.ScreenshotAsync(holder, "issuance-2-filed");

        var verifier = await Chromium.NewSessionAsync(BaseUrl);
        await Browser.SignInAsync(verifier, "op@ams.test", AmsWebApplication.Password);
        var row = verifier.Locator("#tasks tbody tr", new PageLocatorOptions { HasText = Holder }).Filter(new() { Has = verifier.Locator("td.kind[data-kind='issue']") });
        await WaitUntilAsync(async () =>
        {
            await verifier.GotoAsync("/inbox?kind=issue");
            return await row.CountAsync() > 0;
        });
        await Assertions.Expect(verifier.Locator("#tasks td.kind[data-kind='revoke']")).ToHaveCountAsync(0);
        await Browser.ScreenshotAsync(verifier, "issuance-3-inbox");
        await row.First.Locator(".open-task").ClickAsync();
        await Assertions.Expect(verifier.Locator("#issuance-subject")).ToContainTextAsync(Holder);
        var pdf = verifier.Locator("#documents iframe.document-pdf");
        await Assertions.Expect(pdf).ToHaveCountAsync(1);
        var served = await verifier.Context.APIRequest.GetAsync((await pdf.GetAttributeAsync("src"))!);
        Assert.Equal("application/pdf", served.Headers["content-type"]);
        var image = verifier.Locator("#documents img.document-image");
        await Assertions.Expect(image).ToHaveCountAsync(1);
        await WaitUntilAsync(async () => await image.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : 0") > 0);
        await verifier.ClickAsync("#claim");
        await Assertions.Expect(verifier.Locator("#task-form")).ToHaveAttributeAsync("data-ready", "true");
        await verifier.Locator("#task-form").GetByLabel("Setujui (approved)").CheckAsync();
        await verifier.Locator("#task-form").GetByLabel("Catatan verifikasi").FillAsync("diterima");
        await Browser.ScreenshotAsync(verifier, "issuance-4-verifier-task");
        await verifier.ClickAsync("#complete");
        await verifier.ClickAsync("#confirm-submit");
        await verifier.WaitForURLAsync(url => url.Contains("scope=completed", StringComparison.Ordinal));

        // The approval opens the holder's enrollment task in the background: the row links to it once approved.
        var enroll = issueRow.Locator("a.enroll");
        await WaitUntilAsync(async () =>
        {
            await holder.GotoAsync("/permohonan");
            return await enroll.CountAsync() > 0;
        });
        await Browser.ScreenshotAsync(holder, "issuance-5-approved");
        var enrollment = (await enroll.GetAttributeAsync("href"))!;
        await WaitUntilAsync(async () =>
        {
            await holder.GotoAsync(enrollment);
            return await holder.Locator("#enroll-key").CountAsync() > 0;
        });
        await holder.FillAsync("#passphrase", Passphrase);
        await holder.FillAsync("#passphrase-again", Passphrase);
        await Browser.ScreenshotAsync(holder, "issuance-6-enroll");
        var download = await holder.RunAndWaitForDownloadAsync(() => holder.ClickAsync("#download-pkcs12"));
        Assert.EndsWith(".p12", download.SuggestedFilename, StringComparison.Ordinal);
        var serial = download.SuggestedFilename[..^".p12".Length];
        await download.SaveAsAsync(Path.Combine(work, "holder.p12"));
        await OpenSsl.RunOkAsync(work, "pkcs12", "-info", "-in", "holder.p12", "-passin", $"pass:{Passphrase}", "-noout");
        Assert.DoesNotContain(Passphrase, await holder.ContentAsync(), StringComparison.Ordinal);

        await holder.GotoAsync("/sertifikat");
        await Assertions.Expect(holder.Locator($"#certificates tr[data-serial='{serial}'] .status")).ToHaveTextAsync("berlaku");
        await Browser.ScreenshotAsync(holder, "issuance-7-certificates");
        await holder.Locator($"tr[data-serial='{serial}'] a.info").ClickAsync();
        await Assertions.Expect(holder.Locator("#verified-by-op")).Not.ToBeEmptyAsync();
        await Assertions.Expect(holder.Locator("#download-der")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(holder, "issuance-8-certificate-info");

        await holder.GotoAsync("/permohonan");
        var issued = issueRow;
        await Assertions.Expect(issued).ToContainTextAsync(serial);
        await Assertions.Expect(issued.Locator(".enrollment")).ToHaveTextAsync("berhasil");
        await Assertions.Expect(issued.Locator(".verification")).ToContainTextAsync("disetujui @ ");
        await Assertions.Expect(issued.Locator(".note")).ToHaveTextAsync("diterima");
        await Browser.ScreenshotAsync(holder, "issuance-9-status-permohonan");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The holder's first certificate, revoked through the API and approved by another verifier.</summary>
    private async Task RevokeAsync()
    {
        var requestId = await RevocationRequests.FileAsync(App, Holder, "UNSPECIFIED");
        var op2 = await App.SignInAsync("op2@ams.test");
        var task = await RevocationRequests.WaitForTaskAsync(op2, requestId);
        var decided = await op2.PostAsJsonAsync($"/api/tasks/{task["id"]}/complete", new { variables = new { decision = "approved", note = "Revoke" } });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        await RevocationRequests.WaitForAsync(App, requestId, r => r.Enrollment == EnrollmentStates.Success);
    }

    /// <summary>A one-page PDF with a correct cross-reference table.</summary>
    private static byte[] TinyPdf()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length 35 >>\nstream\nBT /F1 18 Tf 20 40 Td (Surat) Tj ET\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "What the test waited for did not happen in time.");
            await Task.Delay(500);
        }
    }
}
