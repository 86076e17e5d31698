using Ams.Web.Tests;
using Microsoft.Playwright;

namespace Ams.EndToEnd.Tests;

/// <summary>
/// axe-core on every page of the holder, the verifier and the administrator, and on the signed-out pages: no
/// violation of impact serious or critical (see <see cref="AxeCheck"/>). A failure lists each violation with its rule,
/// impact and element; <see cref="SmallScreenTests"/> runs the same check at a phone's width.
/// </summary>
public sealed class AccessibilityTests : BrowserTest
{
    [Fact]
    public async Task No_page_has_a_serious_or_critical_accessibility_violation()
    {
        await RevocationRequests.FileAsync(App, "holder2@ams.test", "KEY_COMPROMISE");
        var violations = new List<string>();

        var anonymous = await Chromium.NewSessionAsync(BaseUrl);
        foreach (var visit in RolePages.Anonymous)
        {
            violations.AddRange(await ViolationsAsync(anonymous, visit));
        }

        // The sign-in's second step, for an account with an authenticator.
        await App.CreateUserAsync("second-step@ams.test", Ams.Web.Features.Accounts.Roles.Verifier);
        var secondStep = await Chromium.NewSessionAsync(BaseUrl);
        await secondStep.GotoAsync("/login");
        await secondStep.FillAsync("#Email", "second-step@ams.test");
        await secondStep.FillAsync("#Password", AmsWebApplication.Password);
        await secondStep.ClickAsync("#sign-in");
        await secondStep.WaitForURLAsync(url => url.Contains("/login/kode", StringComparison.Ordinal));
        violations.AddRange(await ViolationsAsync(secondStep, new("anonymous", "two-factor-code", new Uri(secondStep.Url).PathAndQuery)));

        foreach (var role in RolePages.Accounts.Keys)
        {
            var page = await RolePages.SignInAsync(Chromium, BaseUrl, role);
            foreach (var visit in await RolePages.ForAsync(page, role))
            {
                violations.AddRange(await ViolationsAsync(page, visit));
            }
        }

        foreach (var violation in violations)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(violation);
        }

        Assert.True(violations.Count == 0, $"{violations.Count} serious or critical accessibility violations:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }

    private static async Task<IEnumerable<string>> ViolationsAsync(IPage page, RolePage visit)
    {
        await RolePages.OpenAsync(page, visit.Path);
        return await AxeCheck.SeriousOrCriticalAsync(page, visit);
    }
}
