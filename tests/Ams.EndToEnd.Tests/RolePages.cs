using Ams.Web.Tests;
using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>
/// A page to visit: who visits it, a short name for screenshots and reports, its address, and whether its markup is
/// ours (the API reference is written whole by Scalar: no menu of ours, markup not ours to fix).
/// </summary>
public sealed record RolePage(string Role, string Name, string Path, bool OurMarkup = true);

/// <summary>
/// Every page each role reaches: the menu's pages and the pages their lists link to (a certificate, a task, an
/// instance, a form…), read from the running product. Fails when the menu offers a page this list does not know, so a
/// new menu entry cannot escape the small-screen and accessibility tests.
/// </summary>
public static class RolePages
{
    /// <summary>The demo accounts, by role.</summary>
    public static readonly IReadOnlyDictionary<string, string> Accounts = new Dictionary<string, string>
    {
        ["holder"] = "holder@ams.test",
        ["verifier"] = "op@ams.test",
        ["admin"] = "admin@ams.test",
    };

    /// <summary>Hangfire's dashboard is Hangfire's own page, not ours: neither its layout nor its markup is ours to fix.</summary>
    private const string ThirdParty = "/hangfire";

    /// <summary>
    /// The pages of <paramref name="role"/>, for a <paramref name="page"/> signed in with that role. Needs one task in
    /// the inbox (file a revocation first) so that the verifier's and the administrator's task page can be reached.
    /// </summary>
    public static async Task<IReadOnlyList<RolePage>> ForAsync(IPage page, string role)
    {
        ArgumentNullException.ThrowIfNull(page);
        var pages = role switch
        {
            "holder" => new List<RolePage>
            {
                new(role, "certificates", "/sertifikat"),
                new(role, "certificate", await FirstLinkAsync(page, "/sertifikat", "#certificates a.info")),
                new(role, "apply", "/penerbitan"),
                new(role, "requests", "/permohonan"),
                new(role, "two-factor", "/akun/2fa"),
            },
            "verifier" => [.. await InboxAsync(page, role), new(role, "two-factor", "/akun/2fa")],
            "admin" =>
            [
                .. await InboxAsync(page, role),
                new(role, "two-factor", "/akun/2fa"),
                new(role, "holders", "/admin/pemegang"),
                new(role, "undelivered-mail", "/admin/mail"),
                new(role, "designer", "/admin/designer"),
                new(role, "workflows", "/admin/workflows"),
                new(role, "workflows-compare", await CompareAsync(page)),
                new(role, "decisions", "/admin/decisions"),
                new(role, "forms", "/admin/forms"),
                new(role, "form-editor", await FirstLinkAsync(page, "/admin/forms", "#forms a")),
                new(role, "mail-templates", "/admin/mail-templates"),
                new(role, "mail-template-editor", await FirstLinkAsync(page, "/admin/mail-templates", "#templates a")),
                new(role, "instances", "/admin/instances"),
                new(role, "instance", await FirstLinkAsync(page, "/admin/instances", "#instances a.open-instance")),
                new(role, "instances-overview", await FirstLinkAsync(page, "/admin/instances", "a.version-counts")),
                new(role, "instances-overview-picker", "/admin/instances/overview"),
                new(role, "api-reference", "/admin/api-reference", OurMarkup: false),
            ],
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "holder, verifier or admin"),
        };

        await page.GotoAsync("/akun/2fa");
        var menu = await page.Locator("#menu a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var unknown = menu.Where(href => href != ThirdParty && !pages.Any(p => PathOf(p.Path) == href)).ToList();
        Assert.True(unknown.Count == 0, $"The {role}'s menu offers pages the page list does not visit: {string.Join(", ", unknown)}");
        return pages;
    }

    /// <summary>The pages anyone reaches signed out: sign-in, the second step of it, and the invitation link's page.</summary>
    public static IReadOnlyList<RolePage> Anonymous { get; } =
    [
        new("anonymous", "sign-in", "/login"),
        new("anonymous", "activate", "/akun/aktivasi?user=unknown&token=unknown"),
    ];

    /// <summary>Signs in a fresh session of <paramref name="role"/>'s demo account.</summary>
    public static async Task<IPage> SignInAsync(Browser chromium, string baseUrl, string role)
    {
        ArgumentNullException.ThrowIfNull(chromium);
        var page = await chromium.NewSessionAsync(baseUrl);
        await Browser.SignInAsync(page, Accounts[role], AmsWebApplication.Password);
        return page;
    }

    /// <summary>Opens <paramref name="path"/> and waits until its scripts have loaded what they load.</summary>
    public static async Task OpenAsync(IPage page, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        var answer = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.True(answer is { Ok: true }, $"{path} answered {answer?.Status}.");
    }

    private static async Task<List<RolePage>> InboxAsync(IPage page, string role) =>
    [
        new(role, "inbox", "/inbox"),
        new(role, "inbox-mine", "/inbox?scope=mine"),
        new(role, "inbox-completed", "/inbox?scope=completed"),
        new(role, "task", await FirstLinkAsync(page, "/inbox", "#tasks a.open-task")),
    ];

    private static async Task<string> CompareAsync(IPage page)
    {
        await page.GotoAsync("/admin/workflows");
        var process = page.Locator("section.workflow-process").First;
        var processId = await process.GetAttributeAsync("data-process-id");
        var version = await process.Locator("tr[data-version]").First.GetAttributeAsync("data-version");
        Assert.False(processId is null || version is null, "No deployed workflow to compare.");
        return $"/admin/workflows/compare?processId={Uri.EscapeDataString(processId!)}&left={version}&right={version}";
    }

    private static async Task<string> FirstLinkAsync(IPage page, string listPath, string selector)
    {
        await page.GotoAsync(listPath);
        var links = page.Locator(selector);
        Assert.True(await links.CountAsync() > 0, $"{listPath} shows no {selector} to follow.");
        return (await links.First.GetAttributeAsync("href"))!;
    }

    private static string PathOf(string address) => address.Split('?')[0];
}
