using Ams.Web.Tests;
using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>The API reference in a real Chromium: the admin's menu leads to Scalar, which reads and shows the OpenAPI document.</summary>
public sealed class ApiReferenceTests : BrowserTest
{
    [Fact]
    public async Task The_admins_menu_opens_the_interactive_reference_with_the_products_title_and_the_api()
    {
        var page = await Chromium.NewSessionAsync(BaseUrl);
        await page.SetViewportSizeAsync(1400, 900);
        await Browser.SignInAsync(page, "admin@ams.test", AmsWebApplication.Password);
        await page.GotoAsync("/admin/instances");

        await page.ClickAsync("#menu-api-reference");

        await Assertions.Expect(page).ToHaveTitleAsync("AMS Workflow API");
        await Assertions.Expect(page.GetByText("AMS Workflow API").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Browser.ScreenshotAsync(page, "api-reference");
        // The document's groups (the endpoints' tags) are listed: Scalar read the OpenAPI document, not only its shell.
        await Assertions.Expect(page.GetByText("Workflows", new() { Exact = true }).First).ToBeVisibleAsync();
    }
}
