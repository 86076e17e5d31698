using System.Text.Json.Nodes;
using Ams.Web.Operations.Resources;
using Ams.Web.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>The form editor, the mail template editor and the inbox's form-js form, in a real Chromium against the host on Kestrel.</summary>
public sealed class ResourceEditorsTests : BrowserTest
{

    [Fact]
    public async Task The_form_editor_adds_a_field_and_saves_it_as_a_new_version()
    {
        var page = await Chromium.NewSessionAsync(BaseUrl);
        await Browser.SignInAsync(page, "admin@ams.test", AmsWebApplication.Password);
        await page.GotoAsync("/admin/forms");
        await Assertions.Expect(page.Locator("#forms tr[data-form='verification']")).ToHaveCountAsync(1);
        await page.Locator("#forms tr[data-form='verification'] a").ClickAsync();
        await Assertions.Expect(page.Locator("#form-editor")).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(page.Locator("#versions tbody tr")).ToHaveCountAsync(1);
        Assert.Equal(2, await page.EvaluateAsync<int>("() => window.amsFormEditor.saveSchema().components.length"));

        await page.Locator(".fjs-palette-field[data-field-type='textfield']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(3, await page.EvaluateAsync<int>("() => window.amsFormEditor.saveSchema().components.length"));
        await page.ClickAsync("#save");

        await Assertions.Expect(page.Locator("#save-message")).ToContainTextAsync("v2");
        await Assertions.Expect(page.Locator("#versions tbody tr")).ToHaveCountAsync(2);
        await Browser.ScreenshotAsync(page, "form-editor");
        await using var scope = App.Services.CreateAsyncScope();
        var latest = await scope.ServiceProvider.GetRequiredService<ResourceStore>().LatestAsync(ResourceKinds.Form, "verification", CancellationToken.None);
        Assert.Equal(2, latest!.Version);
        Assert.Equal("admin@ams.test", latest.DeployedBy);
        Assert.Contains("\"textfield\"", latest.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mail_editor_previews_the_rendered_text_and_saves_a_new_version()
    {
        var page = await Chromium.NewSessionAsync(BaseUrl);
        await Browser.SignInAsync(page, "admin@ams.test", AmsWebApplication.Password);
        await page.GotoAsync("/admin/mail-templates");
        await page.Locator("#templates tr[data-template='request-approved'] a").ClickAsync();
        await Assertions.Expect(page.Locator("#mail-editor")).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(page.Locator("#preview-id .preview-body")).ToContainTextAsync("Budi Santoso");

        await page.FillAsync("#content-en", "subject: Approved for {{ holderName }}\n\nSerial {{ serialNumber }}, {% if kind == \"revoke\" %}revocation{% endif %}.");
        await Assertions.Expect(page.Locator("#preview-en .preview-subject")).ToHaveTextAsync("Approved for Budi Santoso");
        await Assertions.Expect(page.Locator("#preview-en .preview-body")).ToHaveTextAsync("Serial 5d3c9a0f1e2b4c6d, revocation.\n");
        await page.ClickAsync("#save-en");

        await Assertions.Expect(page.Locator("#message-en")).ToContainTextAsync("v2");
        await Assertions.Expect(page.Locator("#versions-en tbody tr")).ToHaveCountAsync(2);
        await page.FillAsync("#content-en", "subject: Broken\n\n{% if holderName %} never closed");
        await Assertions.Expect(page.Locator("#preview-en .preview-problem")).ToContainTextAsync("Baris 3");
        await Browser.ScreenshotAsync(page, "mail-editor");
        await using var scope = App.Services.CreateAsyncScope();
        var latest = await scope.ServiceProvider.GetRequiredService<ResourceStore>().LatestAsync(ResourceKinds.MailTemplate, "request-approved.en", CancellationToken.None);
        Assert.StartsWith("subject: Approved for", latest!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_inbox_renders_the_form_shows_the_servers_refusal_and_completes_the_task()
    {
        var form = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryFolders.Workflows, "forms", "verification.form")))!.AsObject();
        form["components"]!.AsArray().Insert(0, new JsonObject { ["id"] = "Field_Serial", ["key"] = "serialNumber", ["label"] = "Serial number", ["type"] = "textfield", ["readonly"] = true });
        var admin = await App.SignInAsync("admin@ams.test");
        Assert.Equal(System.Net.HttpStatusCode.Created, (await admin.PostAsync("/api/forms", new StringContent(form.ToJsonString(), System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        var op = await App.SignInAsync("op@ams.test");
        var requestId = await RevocationRequests.FileAsync(App, "holder@ams.test", "SUPERSEDED");
        var task = (await RevocationRequests.WaitForTaskAsync(op, requestId))["id"]!.ToString();
        var page = await Chromium.NewSessionAsync(BaseUrl);
        await Browser.SignInAsync(page, "op@ams.test", AmsWebApplication.Password);
        await page.GotoAsync($"/inbox/{task}");
        await page.ClickAsync("#claim");
        await Assertions.Expect(page.Locator("#task-form")).ToHaveAttributeAsync("data-ready", "true");
        var serial = (await RevocationRequests.WaitForAsync(App, requestId, _ => true)).SerialNumber;
        await Assertions.Expect(page.Locator("#task-form").GetByLabel("Serial number")).ToHaveValueAsync(serial);

        await page.Locator("#task-form").GetByLabel("Tolak (rejected)").CheckAsync();
        await page.ClickAsync("#complete");
        await page.ClickAsync("#confirm-submit");
        await Assertions.Expect(page.Locator("#inbox-message")).ToContainTextAsync("Catatan wajib diisi");
        await Assertions.Expect(page.Locator("#task-form")).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(page.Locator("#task-form").GetByLabel("Tolak (rejected)")).ToBeCheckedAsync();
        await Browser.ScreenshotAsync(page, "inbox-form-refused");

        await page.Locator("#task-form").GetByLabel("Catatan verifikasi").FillAsync("dokumen tidak lengkap");
        await page.ClickAsync("#complete");
        await page.ClickAsync("#confirm-submit");
        await page.WaitForURLAsync(url => url.Contains("scope=completed", StringComparison.Ordinal));
        var request = await RevocationRequests.WaitForAsync(App, requestId, r => r.Verification != Ams.Web.Features.Requests.VerificationStates.Pending);
        Assert.Equal(Ams.Web.Features.Requests.VerificationStates.Rejected, request.Verification);
        Assert.Equal("dokumen tidak lengkap", request.Note);
    }

}
