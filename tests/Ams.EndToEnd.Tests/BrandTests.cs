using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>The product's marks: the favicon (SVG with a PNG fallback) in the tab, the logo mark in the header.</summary>
public sealed class BrandTests : BrowserTest
{
    [Fact]
    public async Task The_favicons_are_served_and_the_header_shows_the_logo_mark()
    {
        var page = await Chromium.NewSessionAsync(BaseUrl);
        await RolePages.OpenAsync(page, "/login");

        var icons = await page.Locator("link[rel='icon'], link[rel='apple-touch-icon']")
            .EvaluateAllAsync<string[][]>("links => links.map(l => [l.getAttribute('href'), l.getAttribute('type') ?? ''])");
        Assert.Contains(icons, i => i[1] == "image/svg+xml");
        Assert.Contains(icons, i => i[1] == "image/png");
        foreach (var icon in icons)
        {
            var answer = await page.APIRequest.GetAsync(icon[0]);
            Assert.True(answer.Ok, $"{icon[0]} answered {answer.Status}.");
            Assert.StartsWith("image/", answer.Headers["content-type"], StringComparison.Ordinal);
        }

        var logo = page.Locator("header .brand img.logo");
        await Assertions.Expect(logo).ToBeVisibleAsync();
        Assert.True(await logo.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The logo mark did not load.");
    }
}
