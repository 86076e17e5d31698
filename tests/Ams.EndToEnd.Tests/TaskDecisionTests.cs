using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ams.Web.Features.Requests;
using Ams.Web.Tests;
using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>
/// A verifier decides an unclaimed task in one action, "Klaim &amp; putuskan", by keyboard alone: the confirmation
/// dialog repeats the decision and the note, Escape takes it back without deciding, and confirming posts once and
/// lands on the completed tasks with a message that a reload does not repeat.
/// </summary>
public sealed class TaskDecisionTests : BrowserTest
{
    [Fact]
    public async Task A_verifier_claims_and_decides_in_one_action_after_confirming_in_a_dialog_by_keyboard()
    {
        var requestId = await RevocationRequests.FileAsync(App, "holder@ams.test", "SUPERSEDED");
        var op = await App.SignInAsync("op@ams.test");
        var task = (await RevocationRequests.WaitForTaskAsync(op, requestId))["id"]!.ToString();
        var page = await Chromium.NewSessionAsync(BaseUrl);
        await Browser.SignInAsync(page, "op@ams.test", AmsWebApplication.Password);
        await page.GotoAsync($"/inbox/{task}");
        await Assertions.Expect(page.Locator("#task-form")).ToHaveAttributeAsync("data-ready", "true");
        await Assertions.Expect(page.Locator("#complete")).ToHaveTextAsync("Klaim & putuskan");
        await page.Locator("#task-form").GetByLabel("Tolak (rejected)").CheckAsync();
        await page.Locator("#task-form").GetByLabel("Catatan verifikasi").FillAsync("Dokumen tidak lengkap");

        await page.Locator("#complete").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.Locator("#confirm-decision");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#confirm-decision-value")).ToHaveTextAsync("Ditolak");
        await Assertions.Expect(page.Locator("#confirm-note-value")).ToHaveTextAsync("Dokumen tidak lengkap");
        await Assertions.Expect(page.Locator("#confirm-cancel")).ToBeFocusedAsync();
        await Browser.ScreenshotAsync(page, "decision-1-confirm");
        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#complete")).ToBeFocusedAsync();
        var untouched = await op.GetFromJsonAsync<JsonObject>($"/api/tasks/{task}");
        Assert.Equal("created", untouched!["task"]!["state"]!.GetValue<string>());
        Assert.Null(untouched["task"]!["assignee"]);

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#confirm-submit")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => url.EndsWith("/inbox?scope=completed", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#inbox-message")).ToHaveTextAsync($"Keputusan untuk permohonan {RequestNumber.Of(requestId)} tersimpan: Ditolak.");
        // Shown at once, before the product has recorded the decision on the request.
        var row = page.Locator($"#tasks tr[data-task='{task}']");
        await Assertions.Expect(row.Locator("td.decision")).ToHaveTextAsync("Ditolak");
        await Assertions.Expect(row.Locator("td.note")).ToHaveTextAsync("Dokumen tidak lengkap");
        await Assertions.Expect(row.Locator("td.decided-at")).ToContainTextAsync(" WIB");
        await Browser.ScreenshotAsync(page, "decision-2-completed");
        var reload = await page.ReloadAsync();
        Assert.Equal("GET", reload!.Request.Method);
        await Assertions.Expect(page.Locator("#inbox-message")).ToHaveCountAsync(0);
        var request = await RevocationRequests.WaitForAsync(App, requestId, r => r.Verification != VerificationStates.Pending);
        Assert.Equal(VerificationStates.Rejected, request.Verification);
        Assert.Equal("Dokumen tidak lengkap", request.Note);
        Assert.Equal("op@ams.test", request.DecidedBy);
    }
}
