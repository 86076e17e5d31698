using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>Debian's Chromium driven by Playwright, headless, with the flags this machine's closed network needs.</summary>
public sealed class Browser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private Browser(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        this.browser = browser;
    }

    /// <summary>Where screenshots are kept, as test output.</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Fails in CI and skips elsewhere when Chromium is not installed.</summary>
    public static void RequireInstalled()
    {
        const string Reason = "Chromium is not installed (apt-get install chromium).";
        if (!File.Exists(Chromium) && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(Reason);
        }

        Assert.SkipWhen(!File.Exists(Chromium), Reason);
    }

    public static async Task<Browser> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        Directory.CreateDirectory(Screenshots);
        return new Browser(playwright, browser);
    }

    /// <summary>A fresh session (its own cookies) on the host; a phone's <paramref name="viewport"/>, or scripts off, on request.</summary>
    public async Task<IPage> NewSessionAsync(string baseUrl, string language = "id", ViewportSize? viewport = null, bool javaScript = true)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            Locale = language,
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 720 },
            JavaScriptEnabled = javaScript,
        });
        // CI runs every test assembly at once on two cores (the docker test publishes the host meanwhile): a page may
        // take longer than Playwright's default 30 s to answer there. A bound on waiting, not a timing assertion.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the sign-in page.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/login");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", password);
        await page.ClickAsync("#sign-in");
        try
        {
            await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
        }
        catch (TimeoutException e)
        {
            // Say what the page answered instead (a refusal, an error page), not only that the wait ran out.
            var answer = await page.Locator("body").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 5_000 });
            throw new InvalidOperationException($"Signing in as {email} stayed on {page.Url}; the page says: {answer}", e);
        }
    }

    /// <summary>Keeps a full-page screenshot as test output.</summary>
    public static Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
