using Ams.Web.Tests;
using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>
/// Every page of the holder, the verifier and the administrator on a 390 × 844 phone: nothing widens the page
/// sideways, the menu button opens and closes the menu from the keyboard, and axe finds nothing serious (a table that
/// scrolls sideways must be reachable by keyboard). A full-page screenshot of each page is
/// kept under <c>screenshots/390/</c> of the test output.
/// </summary>
public sealed class SmallScreenTests : BrowserTest
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task Every_page_fits_a_phone_and_its_menu_opens_behind_the_menu_button()
    {
        await RevocationRequests.FileAsync(App, "holder2@ams.test", "KEY_COMPROMISE");
        var folder = Path.Combine(Browser.Screenshots, "390");
        Directory.CreateDirectory(folder);
        var problems = new List<string>();

        foreach (var role in RolePages.Accounts.Keys)
        {
            var phone = await Chromium.NewSessionAsync(BaseUrl, viewport: Phone);
            await Browser.SignInAsync(phone, RolePages.Accounts[role], AmsWebApplication.Password);
            var pages = await RolePages.ForAsync(phone, role);
            foreach (var visit in pages)
            {
                await RolePages.OpenAsync(phone, visit.Path);
                await Browser.ScreenshotAsync(phone, Path.Combine("390", $"{role}-{visit.Name}"));
                problems.AddRange(await OverflowAsync(phone, visit));
                if (visit.OurMarkup)
                {
                    problems.AddRange(await MenuProblemsAsync(phone, visit));
                }

                problems.AddRange(await AxeCheck.SeriousOrCriticalAsync(phone, visit));
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshots at 390 px: {folder}");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task The_sign_in_page_fits_a_phone()
    {
        var phone = await Chromium.NewSessionAsync(BaseUrl, viewport: Phone);
        Directory.CreateDirectory(Path.Combine(Browser.Screenshots, "390"));

        await RolePages.OpenAsync(phone, "/login");

        await Browser.ScreenshotAsync(phone, Path.Combine("390", "anonymous-sign-in"));
        Assert.Empty(await OverflowAsync(phone, new("anonymous", "sign-in", "/login")));
        await Assertions.Expect(phone.Locator("#menu-button")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Without_scripts_a_phone_shows_the_menu_above_the_page_and_no_menu_button()
    {
        var phone = await Chromium.NewSessionAsync(BaseUrl, viewport: Phone, javaScript: false);
        await Browser.SignInAsync(phone, "holder@ams.test", AmsWebApplication.Password);

        await RolePages.OpenAsync(phone, "/sertifikat");

        await Assertions.Expect(phone.Locator("#menu-button")).ToBeHiddenAsync();
        await Assertions.Expect(phone.Locator("#menu a[href='/permohonan']")).ToBeVisibleAsync();
        Assert.Empty(await OverflowAsync(phone, new("holder", "certificates", "/sertifikat")));
    }

    [Fact]
    public async Task A_wide_screen_shows_the_menu_beside_the_page_and_no_menu_button()
    {
        var desktop = await Chromium.NewSessionAsync(BaseUrl);
        await Browser.SignInAsync(desktop, "holder@ams.test", AmsWebApplication.Password);

        await RolePages.OpenAsync(desktop, "/sertifikat");

        await Assertions.Expect(desktop.Locator("#menu-button")).ToBeHiddenAsync();
        var menu = await desktop.Locator("#menu").BoundingBoxAsync();
        var main = await desktop.Locator("main").BoundingBoxAsync();
        Assert.True(menu!.X + menu.Width <= main!.X, "The menu is not beside the page.");
    }

    private static async Task<IEnumerable<string>> OverflowAsync(IPage page, RolePage visit)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        if (widths[0] <= widths[1])
        {
            return [];
        }

        // Name the widest culprits, so that a failure says where to look.
        var culprits = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('table, .djs-container'))
            .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''))");
        return [$"{visit.Role} {visit.Path}: {widths[0]} px wide in a {widths[1]} px window ({string.Join(", ", culprits)})"];
    }

    private static async Task<IEnumerable<string>> MenuProblemsAsync(IPage page, RolePage visit)
    {
        var button = page.Locator("#menu-button");
        var firstLink = page.Locator("#menu a").First;
        if (!await button.IsVisibleAsync() || await firstLink.IsVisibleAsync())
        {
            return [$"{visit.Role} {visit.Path}: the menu is not collapsed behind a visible menu button"];
        }

        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var opened = await button.GetAttributeAsync("aria-expanded") == "true" && await firstLink.IsVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        var closed = await button.GetAttributeAsync("aria-expanded") == "false" && !await firstLink.IsVisibleAsync();
        return opened && closed ? [] : [$"{visit.Role} {visit.Path}: the menu button did not open (then close) the menu (opened: {opened}, closed: {closed})"];
    }
}
