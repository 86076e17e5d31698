using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ams.Web.Tests;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>
/// The page scripts speak the page's language: bpmn-js's palette, context pad and properties panel, form-js's
/// validation, the instance view and the comparison are Indonesian by default and English after the switch.
/// </summary>
public sealed class LanguageTests : BrowserTest
{
    private readonly List<string> pageErrors = [];

    [Fact]
    public async Task The_designer_speaks_Indonesian_by_default_and_English_after_the_switch()
    {
        var page = await SignedInAsync("admin@ams.test");

        await OpenDesignerAsync(page);

        await Assertions.Expect(page.Locator(".djs-palette .entry[data-action='create.task']")).ToHaveAttributeAsync("aria-label", "Buat tugas");
        await Assertions.Expect(page.Locator(".djs-palette .entry[data-action='create.exclusive-gateway']")).ToHaveAttributeAsync("aria-label", "Buat gateway");
        await page.Locator(".djs-element[data-element-id='Task_Verify']").ClickAsync();
        await Assertions.Expect(page.Locator(".djs-context-pad .entry[data-action='append.append-task']")).ToHaveAttributeAsync("title", "Sambung tugas");
        await Assertions.Expect(page.Locator(".djs-context-pad .entry[data-action='delete']")).ToHaveAttributeAsync("title", "Hapus");
        await Assertions.Expect(GroupTitle(page, "general")).ToHaveTextAsync("Umum");
        await Assertions.Expect(GroupTitle(page, "documentation")).ToHaveTextAsync("Dokumentasi");
        await page.Locator(".djs-context-pad .entry[data-action='replace']").ClickAsync();
        await Assertions.Expect(page.Locator(".djs-popup [data-id='replace-with-service-task']")).ToContainTextAsync("Tugas layanan");
        await Browser.ScreenshotAsync(page, "designer-indonesian");

        await page.Keyboard.PressAsync("Escape");
        await page.ClickAsync("#language");
        await OpenDesignerAsync(page);

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator(".djs-palette .entry[data-action='create.task']")).ToHaveAttributeAsync("aria-label", "Create task");
        await page.Locator(".djs-element[data-element-id='Task_Verify']").ClickAsync();
        await Assertions.Expect(page.Locator(".djs-context-pad .entry[data-action='append.append-task']")).ToHaveAttributeAsync("title", "Append task");
        await Assertions.Expect(GroupTitle(page, "general")).ToHaveTextAsync("General");
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task A_required_task_form_field_says_so_in_the_page_language()
    {
        var op = await App.SignInAsync("op@ams.test");
        var requestId = await RevocationRequests.FileAsync(App, "holder@ams.test", "KEY_COMPROMISE");
        var task = (await RevocationRequests.WaitForTaskAsync(op, requestId))["id"]!.ToString();
        var page = await SignedInAsync("op@ams.test");
        await page.GotoAsync($"/inbox/{task}");
        if (await page.Locator("#claim").CountAsync() > 0)
        {
            await page.ClickAsync("#claim");
        }

        var decisionError = page.Locator("#task-form .fjs-form-field.fjs-form-field-radio .fjs-form-field-error");
        await Assertions.Expect(page.Locator("#task-form")).ToHaveAttributeAsync("data-ready", "true");
        await page.ClickAsync("#complete");

        await Assertions.Expect(decisionError).ToHaveTextAsync("Wajib diisi.");
        await Assertions.Expect(page.GetByText("Field is required.")).ToHaveCountAsync(0);
        await Browser.ScreenshotAsync(page, "task-form-required-indonesian");

        await page.ClickAsync("#language");
        await Assertions.Expect(page.Locator("#task-form")).ToHaveAttributeAsync("data-ready", "true");
        await page.ClickAsync("#complete");

        await Assertions.Expect(decisionError).ToHaveTextAsync("Field is required.");
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task The_instance_view_and_the_comparison_name_states_events_and_changes_in_Indonesian()
    {
        var engine = App.Services.GetRequiredService<WorkflowEngine>();
        var first = (await engine.Store.ListDefinitionsAsync(default)).Single(d => d.ProcessId == "revocation").Xml;
        Assert.True((await engine.DeployAsync(first.Replace("name=\"Verifikasi OP\"", "name=\"Verifikasi OP ulang\"", StringComparison.Ordinal), "admin@ams.test")).Created);
        var requestId = await RevocationRequests.FileAsync(App, "holder@ams.test", "KEY_COMPROMISE");
        var instance = await InstanceOfAsync(requestId);
        var page = await SignedInAsync("admin@ams.test");

        await page.GotoAsync($"/admin/instances/{instance}");
        await Assertions.Expect(page.Locator("#instance-view")).ToHaveAttributeAsync("data-loaded", "true", new() { Timeout = 30_000 });

        await Assertions.Expect(page.Locator("#instance-state")).ToHaveTextAsync("aktif");
        await Assertions.Expect(page.Locator("#timeline li[data-type='InstanceStarted'] .event-type")).ToHaveTextAsync("Instans dimulai");
        var eventWords = await page.Locator("#timeline .event-type").AllTextContentsAsync();
        Assert.NotEmpty(eventWords);
        Assert.DoesNotContain(eventWords, word => Enum.GetNames<HistoryEventType>().Contains(word));

        await page.GotoAsync("/admin/workflows/compare?processId=revocation&left=1&right=2");
        await Assertions.Expect(page.Locator("#compare")).ToHaveAttributeAsync("data-ready", "true");

        await Assertions.Expect(page.Locator(".compare-legend .added")).ToHaveTextAsync("ditambahkan");
        await Assertions.Expect(page.Locator(".compare-legend .layout")).ToHaveTextAsync("dipindahkan");
        await Assertions.Expect(page.Locator("#compare-changes li.changed[data-element-id='Task_Verify']")).ToContainTextAsync("diubah: Task_Verify");
        await Assertions.Expect(page.Locator("#compare-changes li.changed[data-element-id='Task_Verify']")).ToContainTextAsync("atribut: name");
        Assert.Empty(pageErrors);
    }

    private async Task<string> InstanceOfAsync(Guid requestId)
    {
        var admin = await App.SignInAsync("admin@ams.test");
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var listed = await admin.GetFromJsonAsync<JsonArray>($"/api/process-instances?request={requestId}");
            if (listed!.FirstOrDefault() is JsonObject summary)
            {
                return summary["id"]!.GetValue<string>();
            }

            Assert.True(DateTime.UtcNow < deadline, $"No instance for request {requestId} started.");
            await Task.Delay(250);
        }
    }

    private static ILocator GroupTitle(IPage page, string group) =>
        page.Locator($"#designer-properties [data-group-id='group-{group}'] .bio-properties-panel-group-header-title");

    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await Chromium.NewSessionAsync(BaseUrl);
        page.PageError += (_, error) => pageErrors.Add(error);
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await page.SetViewportSizeAsync(1600, 1000);
        await Browser.SignInAsync(page, email, AmsWebApplication.Password);
        return page;
    }

    private static async Task OpenDesignerAsync(IPage page)
    {
        if (!page.Url.Contains("/admin/designer", StringComparison.Ordinal))
        {
            await page.GotoAsync("/admin/designer?processId=revocation");
        }

        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-designer-ready", "true");
        await Assertions.Expect(page.Locator(".djs-element[data-element-id='Task_Verify']")).ToBeVisibleAsync();
    }
}
