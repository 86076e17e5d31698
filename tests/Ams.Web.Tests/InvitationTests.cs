using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ams.Web.Features.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests;

/// <summary>An administrator creates a holder's account; the holder gets a link to choose a password, which works once and expires.</summary>
public sealed partial class InvitationTests : IAsyncLifetime
{
    private readonly AmsWebApplication app = new(RepositoryFolders.Workflows);
    private HttpClient admin = null!;

    [Fact]
    public async Task The_invited_holder_sets_a_password_once_and_signs_in()
    {
        var created = await admin.PostAsJsonAsync("/api/admin/holders", new { email = "dewi@ams.test", displayName = "Dewi Lestari" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var link = await InvitationLinkAsync(app, "dewi@ams.test");

        var browser = app.CreateClient();
        var first = await ActivateAsync(browser, link, "Dewi-Password-1");
        var second = await ActivateAsync(app.CreateClient(), link, "Another-Password-2");

        Assert.Contains("id=\"activated\"", first, StringComparison.Ordinal);
        Assert.Contains("id=\"activate-error\"", second, StringComparison.Ordinal);
        var login = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = "dewi@ams.test", password = "Dewi-Password-1" });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var stale = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = "dewi@ams.test", password = "Another-Password-2" });
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
    }

    [Fact]
    public async Task The_invitation_is_written_in_the_chosen_language_with_its_expiry_in_WIB()
    {
        var created = await admin.PostAsJsonAsync("/api/admin/holders", new { email = "anna@ams.test", displayName = "Anna Smith", language = "en" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await admin.PostAsJsonAsync("/api/admin/holders", new { email = "rina@ams.test", displayName = "Rina Wati" });

        await using var scope = app.Services.CreateAsyncScope();
        var payloads = (await scope.ServiceProvider.GetRequiredService<AmsDbContext>().Database
            .SqlQueryRaw<string>("SELECT payload AS Value FROM wf_outbox WHERE topic = 'mail'").ToListAsync()).Select(p => JsonNode.Parse(p)!).ToList();
        var english = payloads.Single(p => p["to"]![0]!.GetValue<string>() == "anna@ams.test");
        var indonesian = payloads.Single(p => p["to"]![0]!.GetValue<string>() == "rina@ams.test");
        Assert.Equal("en", english["language"]!.GetValue<string>());
        Assert.Equal("id", indonesian["language"]!.GetValue<string>());
        Assert.EndsWith("+07:00", english["model"]!["expiresAt"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("en", (await scope.ServiceProvider.GetRequiredService<AmsDbContext>().Users.SingleAsync(u => u.Email == "anna@ams.test")).Language);

        var mails = scope.ServiceProvider.GetRequiredService<Ams.Mail.Templates.MailTemplateSet>();
        var rendered = (await mails.GetAsync(CancellationToken.None)).Render("account-invitation", "en", english["model"]!.AsObject());
        Assert.True(rendered.Succeeded, rendered.Error);
        Assert.Matches(@"This link is valid until \d{2}-\d{2}-\d{4} \d{2}:\d{2} WIB\.", rendered.Mail.Body);
        Assert.StartsWith("http://localhost:5080/akun/aktivasi?", english["model"]!["link"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/admin/holders", new { email = "x@ams.test", displayName = "X", language = "fr" })).StatusCode);
    }

    [Fact]
    public async Task An_administrator_creates_the_account_from_the_page()
    {
        var page = app.CreateClient();
        var login = await page.GetStringAsync("/login");
        await page.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(login).Groups[1].Value,
            ["Email"] = "admin@ams.test",
            ["Password"] = AmsWebApplication.Password,
        }));
        var form = await page.GetStringAsync("/admin/pemegang");

        var created = await page.PostAsync("/admin/pemegang", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups[1].Value,
            ["DisplayName"] = "Rina Wati",
            ["Email"] = "rina@ams.test",
        }));

        var html = await created.Content.ReadAsStringAsync();
        Assert.Contains("class=\"ok\" id=\"holder-message\"", html, StringComparison.Ordinal);
        Assert.StartsWith("/akun/aktivasi", await InvitationLinkAsync(app, "rina@ams.test"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_link_sets_nothing()
    {
        await using var quick = new AmsWebApplication(RepositoryFolders.Workflows, new() { ["Ams:Accounts:InvitationLifetime"] = "00:00:01" });
        var quickAdmin = await quick.SignInAsync("admin@ams.test");
        await quickAdmin.PostAsJsonAsync("/api/admin/holders", new { email = "late@ams.test", displayName = "Late" });
        var link = await InvitationLinkAsync(quick, "late@ams.test");
        await Task.Delay(TimeSpan.FromSeconds(2));

        var page = await ActivateAsync(quick.CreateClient(), link, "Late-Password-1");

        Assert.Contains("id=\"activate-error\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_duplicates_and_non_administrators_are_refused()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/admin/holders", new { email = "not an email", displayName = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync("/api/admin/holders", new { email = "holder@ams.test", displayName = "X" })).StatusCode);
        var holder = await app.SignInAsync("holder@ams.test");
        Assert.Equal(HttpStatusCode.Forbidden, (await holder.PostAsJsonAsync("/api/admin/holders", new { email = "x@ams.test", displayName = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/admin/holders", new { email = "x@ams.test", displayName = "X" })).StatusCode);
    }

    public async ValueTask InitializeAsync() => admin = await app.SignInAsync("admin@ams.test");

    public ValueTask DisposeAsync() => app.DisposeAsync();

    /// <summary>The link of the invitation mail queued for <paramref name="email"/>, as path and query.</summary>
    private static async Task<string> InvitationLinkAsync(AmsWebApplication host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var payloads = await scope.ServiceProvider.GetRequiredService<AmsDbContext>().Database
            .SqlQueryRaw<string>("SELECT payload AS Value FROM wf_outbox WHERE topic = 'mail'").ToListAsync();
        var invitation = payloads.Select(p => JsonNode.Parse(p)!)
            .Single(p => p["template"]!.GetValue<string>() == "account-invitation" && p["to"]![0]!.GetValue<string>() == email);
        var link = new Uri(invitation["model"]!["link"]!.GetValue<string>());
        return link.PathAndQuery;
    }

    private static async Task<string> ActivateAsync(HttpClient client, string link, string password)
    {
        var form = await client.GetStringAsync(link);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(form).Groups[1].Value,
            ["user"] = WebUtility.HtmlDecode(Hidden("user").Match(form).Groups[1].Value),
            ["Token"] = WebUtility.HtmlDecode(Hidden("Token").Match(form).Groups[1].Value),
            ["Password"] = password,
        };
        var response = await client.PostAsync(link.Split('?')[0], new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static Regex Hidden(string name) => new($"name=\"{name}\" value=\"([^\"]*)\"");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
