using System.Net;
using System.Net.Http.Json;

namespace Ams.Web.Tests;

/// <summary>A page's script may change things through the API with the sign-in cookie only when it says so in a header a foreign site cannot send.</summary>
public sealed class CookieApiGuardTests : IAsyncLifetime
{
    private readonly AmsWebApplication app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task A_cookie_call_without_the_header_is_refused_and_changes_nothing()
    {
        var browser = await app.SignInWithCookieAsync("admin@ams.test");

        var refused = await browser.PostAsync("/api/admin/holders", JsonContent.Create(new { displayName = "Siti Aminah", email = "siti@ams.test" }));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("X-AMS-Request", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var admin = await app.SignInAsync("admin@ams.test");
        var createdAfter = await admin.PostAsync("/api/admin/holders", JsonContent.Create(new { displayName = "Siti Aminah", email = "siti@ams.test" }));
        Assert.Equal(HttpStatusCode.Created, createdAfter.StatusCode);
    }

    [Fact]
    public async Task A_cookie_call_with_the_header_and_a_bearer_call_without_it_go_through()
    {
        var browser = await app.SignInWithCookieAsync("admin@ams.test");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/admin/holders")
        {
            Content = JsonContent.Create(new { displayName = "Siti Aminah", email = "siti@ams.test" }),
        };
        request.Headers.Add("X-AMS-Request", "1");

        var created = await browser.SendAsync(request);
        var bearer = await (await app.SignInAsync("admin@ams.test")).PostAsync("/api/admin/holders", JsonContent.Create(new { displayName = "Budi", email = "budi@ams.test" }));

        Assert.True(created.IsSuccessStatusCode, $"{created.StatusCode}: {await created.Content.ReadAsStringAsync()}");
        Assert.True(bearer.IsSuccessStatusCode, $"{bearer.StatusCode}");
    }
}
