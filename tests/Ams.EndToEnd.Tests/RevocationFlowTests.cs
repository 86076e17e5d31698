using Ams.Web.Tests;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>The revocation flow in a real browser against the host on Kestrel: verifier decides, holder sees the outcome.</summary>
public sealed class RevocationFlowTests : IAsyncLifetime
{
    private readonly AmsWebApplication app = new(RepositoryFolders.Workflows);
    private Browser browser = null!;
    private string baseUrl = "";

    [Fact]
    public async Task A_verifier_approves_in_the_inbox_and_the_holder_sees_approved_with_the_note()
    {
        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", "KEY_COMPROMISE");

        var verifier = await browser.NewSessionAsync(baseUrl);
        await Browser.SignInAsync(verifier, "op@ams.test", AmsWebApplication.Password);
        var row = verifier.Locator("#tasks tr", new PageLocatorOptions { HasText = "KEY_COMPROMISE" });
        await WaitUntilAsync(async () =>
        {
            await verifier.GotoAsync("/inbox");
            return await row.CountAsync() > 0;
        });
        await Browser.ScreenshotAsync(verifier, "1-verifier-inbox");
        await row.First.Locator(".open-task").ClickAsync();
        await verifier.ClickAsync("#claim");
        await Assertions.Expect(verifier.Locator("#assignee")).ToHaveTextAsync("op@ams.test");
        await verifier.FillAsync("#note", "diterima");
        await Browser.ScreenshotAsync(verifier, "2-verifier-task");
        await verifier.ClickAsync("#approve");
        await verifier.WaitForURLAsync(url => url.Contains("scope=completed", StringComparison.Ordinal));

        var holder = await browser.NewSessionAsync(baseUrl);
        await Browser.SignInAsync(holder, "holder@ams.test", AmsWebApplication.Password);
        await holder.GotoAsync("/permohonan");
        var status = holder.Locator($"tr[data-request='{requestId}']");
        await Assertions.Expect(status.Locator(".verification")).ToContainTextAsync("approved @", new() { Timeout = 30_000 });
        await Assertions.Expect(status.Locator(".note")).ToHaveTextAsync("diterima");
        await Browser.ScreenshotAsync(holder, "3-holder-status-permohonan");
    }

    [Fact]
    public async Task The_pages_speak_Indonesian_and_switch_to_English()
    {
        var page = await browser.NewSessionAsync(baseUrl);
        await page.GotoAsync("/login");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Masuk");

        await page.ClickAsync("#language");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Sign in");
    }

    public async ValueTask InitializeAsync()
    {
        Browser.RequireInstalled();
        app.UseKestrel(0);
        app.StartServer();
        baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        browser = await Browser.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        await app.DisposeAsync();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The page did not show what was expected in time.");
            await Task.Delay(250);
        }
    }
}
