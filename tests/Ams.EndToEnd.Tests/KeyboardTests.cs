using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ams.Web.Tests;
using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>
/// The revoke and decide flows with the keyboard alone: Tab, Shift+Tab, Enter, Space and arrow keys, never a click.
/// The test reads where the focus is to decide which key to press next, as a person reads the screen. The outcome is
/// checked through the holder's API, so it does not depend on how the pages say it.
/// </summary>
public sealed class KeyboardTests : BrowserTest
{
    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_moves_the_focus_to_the_content()
    {
        var page = await RolePages.SignInAsync(Chromium, BaseUrl, "holder");
        await page.GotoAsync("/sertifikat");

        await page.Keyboard.PressAsync("Tab");
        Assert.True(await FocusedMatchesAsync(page, "a.skip-link"), "The first Tab does not reach the skip link.");
        await Assertions.Expect(page.Locator("a.skip-link")).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");

        Assert.True(await FocusedMatchesAsync(page, "main#content"), "The skip link does not move the focus to the content.");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await FocusedMatchesAsync(page, "main#content *"), "The Tab after the skip link does not land inside the content.");
    }

    [Fact]
    public async Task A_holder_files_a_revocation_from_the_certificate_list_with_the_keyboard_alone()
    {
        var page = await RolePages.SignInAsync(Chromium, BaseUrl, "holder");
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync(); // "Revoke this certificate?": Enter on OK.
        await page.GotoAsync("/sertifikat");
        var serial = (await page.Locator("#certificates tbody tr").First.GetAttributeAsync("data-serial"))!;

        await TabToAsync(page, $"tr[data-serial='{serial}'] a.info");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith("/sertifikat/" + serial, StringComparison.Ordinal));
        await TabToAsync(page, "#revoke");
        await TabToAsync(page, "#reason", backwards: true);
        await ChooseWithArrowsAsync(page, "#reason", "KEY_COMPROMISE");
        await TabToAsync(page, "#revoke");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.EndsWith("/sertifikat/" + serial, StringComparison.Ordinal));

        var holder = await App.SignInAsync("holder@ams.test");
        var requests = (await holder.GetFromJsonAsync<JsonArray>("/api/me/requests"))!;
        Assert.Contains(requests, r => r!["kind"]!.GetValue<string>() == "revoke"
            && r["serialNumber"]!.GetValue<string>() == serial && r["reason"]!.GetValue<string>() == "KEY_COMPROMISE");
    }

    [Fact]
    public async Task A_verifier_claims_and_approves_with_a_note_from_the_inbox_with_the_keyboard_alone()
    {
        var requestId = await RevocationRequests.FileAsync(App, "holder2@ams.test", "KEY_COMPROMISE");
        var verifier = await App.SignInAsync("op@ams.test");
        var task = await RevocationRequests.WaitForTaskAsync(verifier, requestId);
        var taskId = task["id"]!.GetValue<string>();
        var page = await RolePages.SignInAsync(Chromium, BaseUrl, "verifier");
        await page.GotoAsync("/inbox");

        await TabToAsync(page, $"tr[data-task='{taskId}'] a.open-task");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains(taskId, StringComparison.Ordinal));
        if (await page.Locator("#claim").CountAsync() > 0)
        {
            await TabToAsync(page, "#claim");
            await page.Keyboard.PressAsync("Space");
            await Assertions.Expect(page.Locator("#assignee")).ToHaveTextAsync("op@ams.test");
        }

        await Assertions.Expect(page.Locator("#task-form")).ToHaveAttributeAsync("data-ready", "true");
        // form-js's radios carry no value attribute: the choice is known by its label, as the verifier knows it.
        const string Approve = "Setujui (approved)";
        await TabToAsync(page, "#task-form input[type='radio']");
        for (var i = 0; i < 5 && await FocusedLabelAsync(page) != Approve; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        if (!await FocusedMatchesAsync(page, ":checked"))
        {
            await page.Keyboard.PressAsync("Space"); // Tab into a group with nothing chosen focuses its first choice only.
        }

        await Assertions.Expect(page.Locator("#task-form").GetByLabel(Approve)).ToBeCheckedAsync();
        await TabToAsync(page, "#task-form textarea");
        await page.Keyboard.TypeAsync("dokumen lengkap");
        await TabToAsync(page, "#complete");
        await page.Keyboard.PressAsync("Enter");
        // Deciding asks first: the dialog opens on Cancel; Tab reaches Confirm.
        await Assertions.Expect(page.Locator("#confirm-decision")).ToBeVisibleAsync();
        await TabToAsync(page, "#confirm-submit");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith("/inbox?scope=completed", StringComparison.Ordinal));

        var holder = await App.SignInAsync("holder2@ams.test");
        var deadline = DateTime.UtcNow.AddSeconds(90);
        JsonNode? row;
        do
        {
            Assert.True(DateTime.UtcNow < deadline, "The approval did not reach the holder's request.");
            await Task.Delay(250);
            var requests = (await holder.GetFromJsonAsync<JsonArray>("/api/me/requests"))!;
            row = requests.Single(r => r!["id"]!.GetValue<string>() == requestId.ToString());
        }
        while (row!["verification"]!["status"]!.GetValue<string>() == "pending");

        Assert.Equal("approved", row["verification"]!["status"]!.GetValue<string>());
        Assert.Equal("dokumen lengkap", row["verification"]!["note"]!.GetValue<string>());
    }

    /// <summary>Presses Tab (or Shift+Tab) until the focus is on <paramref name="selector"/>; fails if it never gets there.</summary>
    private static async Task TabToAsync(IPage page, string selector, bool backwards = false)
    {
        for (var presses = 0; presses < 80; presses++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            if (await FocusedMatchesAsync(page, selector))
            {
                return;
            }
        }

        Assert.Fail($"{(backwards ? "Shift+Tab" : "Tab")} never reached {selector} on {page.Url}.");
    }

    /// <summary>Presses the down arrow on the focused select until it holds <paramref name="value"/>.</summary>
    private static async Task ChooseWithArrowsAsync(IPage page, string selector, string value)
    {
        var select = page.Locator(selector);
        for (var presses = 0; presses < 20 && await select.InputValueAsync() != value; presses++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }

        Assert.Equal(value, await select.InputValueAsync());
    }

    private static Task<string?> FocusedLabelAsync(IPage page) =>
        page.EvaluateAsync<string?>("() => document.activeElement?.labels?.[0]?.textContent?.trim() ?? null");

    private static Task<bool> FocusedMatchesAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>("selector => document.activeElement?.matches(selector) ?? false", selector);
}
