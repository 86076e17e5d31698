using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ams.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests.Accounts;

public sealed partial class TwoFactorTests : IAsyncLifetime
{
    private readonly AmsWebApplication app = new();

    [Fact]
    public async Task A_verifier_without_an_authenticator_is_led_to_enrol_and_the_first_code_turns_it_on()
    {
        await app.CreateUserAsync("new-op@ams.test", Roles.Verifier, enrolAuthenticator: false);
        var browser = app.CreateClient();

        var afterPassword = await PostFormAsync(browser, "/login", new() { ["Email"] = "new-op@ams.test", ["Password"] = AmsWebApplication.Password });
        var inbox = await browser.GetAsync("/inbox");
        var enrolment = await afterPassword.Content.ReadAsStringAsync();

        Assert.EndsWith("/akun/2fa", afterPassword.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.EndsWith("/akun/2fa", inbox.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Matches("id=\"authenticator-qr\" src=\"data:image/png;base64,[A-Za-z0-9+/=&#;]{100,}\"", enrolment);
        var key = AuthenticatorKey().Match(enrolment).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/api/tasks")).StatusCode);

        var wrong = await PostFormAsync(browser, "/akun/2fa", new() { ["Code"] = WrongCode(key) }, enrolment);
        var right = await PostFormAsync(browser, "/akun/2fa", new() { ["Code"] = Totp.Code(key) }, await wrong.Content.ReadAsStringAsync());
        var done = await right.Content.ReadAsStringAsync();

        Assert.Contains("id=\"code-error\"", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("id=\"recovery-codes\"", done, StringComparison.Ordinal);
        Assert.Equal(10, RecoveryCode().Matches(done).Count);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/inbox")).StatusCode);
        Assert.DoesNotContain("recovery-codes", await browser.GetStringAsync("/akun/2fa"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_verifier_signs_in_on_the_page_with_the_authenticator_code()
    {
        await app.CreateUserAsync("op-totp@ams.test", Roles.Verifier);

        var browser = await app.SignInWithCookieAsync("op-totp@ams.test");

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/inbox")).StatusCode);
        Assert.DoesNotContain("demo-two-factor-skipped", await browser.GetStringAsync("/inbox"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_and_counted_toward_the_lock()
    {
        var id = await app.CreateUserAsync("op-wrong@ams.test", Roles.Verifier);
        var key = app.AuthenticatorKey("op-wrong@ams.test");
        var browser = app.CreateClient();
        var codePage = await PostFormAsync(browser, "/login", new() { ["Email"] = "op-wrong@ams.test", ["Password"] = AmsWebApplication.Password });
        Assert.EndsWith("/login/kode", codePage.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);

        var page = await codePage.Content.ReadAsStringAsync();
        for (var i = 0; i < 4; i++)
        {
            var refused = await PostFormAsync(browser, codePage.RequestMessage.RequestUri.PathAndQuery, new() { ["Code"] = WrongCode(key) }, page);
            page = await refused.Content.ReadAsStringAsync();
            Assert.Contains("id=\"code-error\"", page, StringComparison.Ordinal);
        }

        // The password and four wrong codes are five failures: this address may not try again, not even the right code.
        Assert.Equal(5, await FailedCountAsync(id));
        var locked = await PostFormAsync(browser, codePage.RequestMessage.RequestUri.PathAndQuery, new() { ["Code"] = Totp.Code(key) }, page);
        Assert.Contains("id=\"code-error\"", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/tasks")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_not_twice()
    {
        var id = await app.CreateUserAsync("admin-recovery@ams.test", Roles.Admin);
        string code;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AmsUser>>();
            code = (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(id))!, 10))!.First();
        }

        var first = await LoginAsync(new { email = "admin-recovery@ams.test", password = AmsWebApplication.Password, twoFactorRecoveryCode = code });
        var second = await LoginAsync(new { email = "admin-recovery@ams.test", password = AmsWebApplication.Password, twoFactorRecoveryCode = code });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
    }

    [Fact]
    public async Task A_verifiers_bearer_token_needs_a_valid_code()
    {
        await app.CreateUserAsync("op-api@ams.test", Roles.Verifier);
        var key = app.AuthenticatorKey("op-api@ams.test");

        var withoutCode = await LoginAsync(new { email = "op-api@ams.test", password = AmsWebApplication.Password });
        var wrongCode = await LoginAsync(new { email = "op-api@ams.test", password = AmsWebApplication.Password, twoFactorCode = WrongCode(key) });
        var withCode = await LoginAsync(new { email = "op-api@ams.test", password = AmsWebApplication.Password, twoFactorCode = Totp.Code(key) });

        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        var problem = await withoutCode.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(problem!["twoFactorRequired"]!.GetValue<bool>());
        Assert.Contains("two-factor code is required", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
        Assert.False(string.IsNullOrEmpty((await withCode.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_verifier_who_has_not_enrolled_gets_no_bearer_token_but_is_told_to_enrol_in_the_browser()
    {
        await app.CreateUserAsync("op-unenrolled@ams.test", Roles.Verifier, enrolAuthenticator: false);

        var response = await LoginAsync(new { email = "op-unenrolled@ams.test", password = AmsWebApplication.Password });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("/akun/2fa", (await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_accounts_skip_the_second_factor_in_development_with_a_banner_on_every_page()
    {
        var browser = await app.SignInWithCookieAsync("op@ams.test");
        var token = await LoginAsync(new { email = "admin@ams.test", password = AmsWebApplication.Password });

        Assert.Contains("id=\"demo-two-factor-skipped\"", await browser.GetStringAsync("/inbox"), StringComparison.Ordinal);
        Assert.Contains("id=\"demo-two-factor-skipped\"", await browser.GetStringAsync("/akun/2fa"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    [Fact]
    public async Task In_production_an_account_named_like_a_demo_account_does_not_skip_the_second_factor()
    {
        await using var production = new AmsWebApplication(settings: new() { ["environment"] = "Production" });
        await production.CreateUserAsync("op@ams.test", Roles.Verifier, enrolAuthenticator: false);

        var response = await production.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = "op@ams.test", password = AmsWebApplication.Password });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_holder_may_enrol_and_then_signs_in_with_a_code()
    {
        var holder = await app.SignInWithCookieAsync("holder@ams.test");
        var enrolment = await holder.GetStringAsync("/akun/2fa");
        var key = AuthenticatorKey().Match(enrolment).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);

        var enabled = await PostFormAsync(holder, "/akun/2fa", new() { ["Code"] = Totp.Code(key) }, enrolment);

        Assert.Contains("id=\"recovery-codes\"", await enabled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(new { email = "holder@ams.test", password = AmsWebApplication.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(new { email = "holder@ams.test", password = AmsWebApplication.Password, twoFactorCode = Totp.Code(key) })).StatusCode);
    }

    private Task<HttpResponseMessage> LoginAsync(object body) => app.CreateClient().PostAsJsonAsync("/api/auth/login", body);

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, Dictionary<string, string> fields, string? page = null)
    {
        page ??= await client.GetStringAsync(path);
        fields["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value;
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>A code that is none of those the authenticator accepts around now.</summary>
    private static string WrongCode(string key)
    {
        var now = DateTimeOffset.UtcNow;
        var valid = Enumerable.Range(-3, 7).Select(step => Totp.Code(key, now.AddSeconds(step * 30))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(code => !valid.Contains(code));
    }

    private async Task<int> FailedCountAsync(string id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AmsDbContext>().Users.Where(u => u.Id == id).Select(u => u.AccessFailedCount).SingleAsync();
    }

    [GeneratedRegex("id=\"authenticator-key\">([a-z2-7 ]+)<")]
    private static partial Regex AuthenticatorKey();

    [GeneratedRegex("<li><code>[A-Z0-9]{5}-[A-Z0-9]{5}</code></li>")]
    private static partial Regex RecoveryCode();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
