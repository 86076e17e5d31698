using Ams.Web.Tests;
using Ams.Workflow.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>
/// The decision table editor in a real Chromium: dmn-js opens the shipped verification table, an administrator changes a
/// cell and deploys the next version, and the engine's problems with a broken entry are listed by rule.
/// </summary>
public sealed class DecisionEditorTests : BrowserTest
{
    private readonly List<string> pageErrors = [];

    [Fact]
    public async Task The_administrator_opens_the_shipped_table_from_the_menu_changes_a_due_time_and_deploys_version_2()
    {
        var page = await EditorAsync();
        var cell = page.Locator(".tjs-table td[data-element-id='OutputEntry_Other_DueIn']");
        await Assertions.Expect(cell).ToHaveTextAsync("\"PT4H\"");
        Assert.Empty(await AxeCheck.SeriousOrCriticalAsync(page, new RolePage("admin", "decisions", "/admin/decisions")));

        await ReplaceCellAsync(page, cell, "\"PT3H\"");
        await page.ClickAsync("#decisions-deploy");

        await Assertions.Expect(page.Locator("#decisions-status")).ToContainTextAsync("revocation-verification versi 2");
        var engine = App.Services.GetRequiredService<WorkflowEngine>();
        var usual = await engine.EvaluateDecisionAsync("verification-terms", new System.Text.Json.Nodes.JsonObject { ["reason"] = "SUPERSEDED" });
        Assert.Equal("""{"dueIn":"PT3H","priority":50}""", usual.ToJson()!.ToJsonString());
        Assert.Empty(pageErrors);
    }

    [Fact]
    public async Task A_broken_entry_is_listed_by_rule_on_check_and_deploying_it_changes_nothing()
    {
        var page = await EditorAsync();
        var cell = page.Locator(".tjs-table td[data-element-id='InputEntry_KeyCompromise']");

        await ReplaceCellAsync(page, cell, "> > 3");
        await page.ClickAsync("#decisions-check");

        var problem = page.Locator("#decisions-problem-list li[data-element-id='Rule_KeyCompromise']");
        await Assertions.Expect(problem).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#decisions-status")).ToContainTextAsync("masalah menghalangi deploy");
        await page.ClickAsync("#decisions-deploy");
        await Assertions.Expect(page.Locator("#decisions-status")).ToContainTextAsync("Tidak di-deploy");
        var engine = App.Services.GetRequiredService<WorkflowEngine>();
        Assert.Single(await engine.ListDecisionVersionsAsync(), v => v.DecisionRequirementsId == "revocation-verification");
    }

    /// <summary>Signs in, follows the menu to the editor, and waits until it has opened the newest deployed table.</summary>
    private async Task<IPage> EditorAsync()
    {
        var page = await Chromium.NewSessionAsync(BaseUrl);
        page.PageError += (_, error) => pageErrors.Add(error);
        await page.SetViewportSizeAsync(1600, 1000);
        await Browser.SignInAsync(page, "admin@ams.test", AmsWebApplication.Password);
        await page.GotoAsync("/akun/2fa");
        await page.Locator("#menu a[href='/admin/decisions']").ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToHaveAttributeAsync("data-decisions-ready", "true");
        await Assertions.Expect(page.Locator("#decisions-status")).ToContainTextAsync("revocation-verification v1");
        return page;
    }

    /// <summary>Types over a decision table cell as a person does: click into it, select its text, type.</summary>
    private static async Task ReplaceCellAsync(IPage page, ILocator cell, string text)
    {
        await cell.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(text);
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(cell).ToContainTextAsync(text);
    }
}
