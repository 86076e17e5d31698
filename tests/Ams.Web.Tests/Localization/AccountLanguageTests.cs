using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ams.Pki.Authority;
using Ams.Pki.Revocation;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests.Localization;

/// <summary>Indonesian unless the reader chose English; a signed-in reader's choice is the account's, on every browser.</summary>
public sealed class AccountLanguageTests : IAsyncLifetime
{
    private AmsWebApplication app = null!;

    [Fact]
    public async Task An_English_browser_gets_Indonesian_pages()
    {
        var browser = app.CreateClient();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US,en;q=0.9");

        var page = await browser.GetStringAsync("/login");

        Assert.Contains("<html lang=\"id\"", page, StringComparison.Ordinal);
        Assert.Contains("Kata sandi", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_anonymous_reader_who_switches_keeps_English_through_the_cookie()
    {
        var browser = app.CreateClient();

        var page = await (await browser.GetAsync("/lang/en?returnUrl=/login")).Content.ReadAsStringAsync();

        Assert.Contains("<html lang=\"en\"", page, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", await browser.GetStringAsync("/login"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_switch_keeps_the_language_on_the_account_so_another_browser_signs_in_to_it()
    {
        var first = await app.SignInWithCookieAsync("holder@ams.test");
        Assert.Contains("<html lang=\"id\"", await first.GetStringAsync("/sertifikat"), StringComparison.Ordinal);

        var switched = await first.GetAsync("/lang/en?returnUrl=/sertifikat");

        Assert.Contains("<html lang=\"en\"", await switched.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("en", await LanguageOfAsync("holder@ams.test"));
        var second = await app.SignInWithCookieAsync("holder@ams.test");
        second.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id");
        Assert.Contains("<html lang=\"en\"", await second.GetStringAsync("/sertifikat"), StringComparison.Ordinal);

        // Back to Indonesian on the second browser: the account follows, whatever the first browser's cookie says.
        await second.GetAsync("/lang/id?returnUrl=/sertifikat");
        Assert.Equal("id", await LanguageOfAsync("holder@ams.test"));
        var third = await app.SignInWithCookieAsync("holder@ams.test");
        Assert.Contains("<html lang=\"id\"", await third.GetStringAsync("/sertifikat"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bearer_caller_gets_our_validation_texts_in_the_account_language()
    {
        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", "KEY_COMPROMISE");
        var op = await app.SignInAsync("op@ams.test");
        var task = (await RevocationRequests.WaitForTaskAsync(op, requestId))["id"]!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsync($"/api/tasks/{task}/claim", null)).StatusCode);

        var indonesian = await op.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables = new { decision = "rejected" } });

        Assert.Equal(HttpStatusCode.BadRequest, indonesian.StatusCode);
        Assert.Equal(Texts.Both("noteRequiredToReject").Id, (await indonesian.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["note"]![0]!.GetValue<string>());

        var browser = await app.SignInWithCookieAsync("op@ams.test");
        await browser.GetAsync("/lang/en?returnUrl=/inbox");
        op = await app.SignInAsync("op@ams.test");
        var english = await op.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables = new { decision = "rejected" } });

        Assert.Equal(Texts.Both("noteRequiredToReject").En, (await english.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["note"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_holders_refusal_is_worded_in_the_holders_language()
    {
        string serial;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            serial = await RevocationRequests.FirstCertificateAsync(scope.ServiceProvider, "holder@ams.test");
            Assert.True((await scope.ServiceProvider.GetRequiredService<CertificateAuthority>()
                .RevokeAsync(serial, RevocationReason.Superseded, RevocationActor.Operator)).Succeeded);
        }

        var holder = await app.SignInAsync("holder@ams.test");
        var indonesian = await holder.PostAsJsonAsync($"/api/me/certificates/{serial}/revocation-requests", new { reason = "KEY_COMPROMISE" });
        var browser = await app.SignInWithCookieAsync("holder@ams.test");
        await browser.GetAsync("/lang/en?returnUrl=/sertifikat");
        holder = await app.SignInAsync("holder@ams.test");
        var english = await holder.PostAsJsonAsync($"/api/me/certificates/{serial}/revocation-requests", new { reason = "KEY_COMPROMISE" });

        Assert.Equal(HttpStatusCode.Conflict, indonesian.StatusCode);
        Assert.Equal("Sertifikat sudah dicabut.", (await indonesian.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, english.StatusCode);
        Assert.Equal("The certificate is already revoked.", (await english.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
    }

    public ValueTask InitializeAsync()
    {
        app = new AmsWebApplication(RepositoryFolders.Workflows);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task<string> LanguageOfAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AmsDbContext>().Users.Where(u => u.Email == email).Select(u => u.Language).SingleAsync();
    }
}
