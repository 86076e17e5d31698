using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;

namespace Ams.Web.Tests;

public sealed class AccountTests : IAsyncLifetime
{
    private readonly AmsWebApplication app = new();

    [Fact]
    public async Task A_demo_account_signs_in_and_gets_a_bearer_token()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = "op@ams.test", password = AmsWebApplication.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.False(string.IsNullOrEmpty(body!["accessToken"]!.GetValue<string>()));
        Assert.True(body["expiresIn"]!.GetValue<long>() > 0);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_problem_details()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = "op@ams.test", password = "not-the-password" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password()
    {
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { email = "holder2@ams.test", password = "wrong-" + i });
        }

        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = "holder2@ams.test", password = AmsWebApplication.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("locked", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_answers_without_signing_in()
    {
        var response = await app.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task In_production_the_openapi_document_is_for_signed_in_administrators_only()
    {
        await using var production = new AmsWebApplication(settings: new() { ["environment"] = "Production" });
        await production.CreateUserAsync("chief@ams.test", Roles.Admin);
        await production.CreateUserAsync("clerk@ams.test", Roles.Verifier);

        Assert.Equal(HttpStatusCode.Unauthorized, (await production.CreateClient().GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await production.SignInAsync("clerk@ams.test")).GetAsync("/openapi/v1.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await production.SignInAsync("chief@ams.test")).GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var document = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/workflows", document, StringComparison.Ordinal);
        Assert.Contains("/api/jobs/activation", document, StringComparison.Ordinal);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
