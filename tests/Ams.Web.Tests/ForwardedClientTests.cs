using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ams.Web.Operations.Audit;

namespace Ams.Web.Tests;

/// <summary>
/// Behind a load balancer the client's address comes from <c>X-Forwarded-For</c>, believed only from the configured
/// proxies: a guesser behind the balancer is counted under its own address, and nobody else can pick one.
/// </summary>
public sealed class ForwardedClientTests
{
    private const string Proxy = "10.0.0.5";

    [Fact]
    public async Task The_forwarded_address_counts_when_a_known_proxy_sends_it_and_is_ignored_from_anyone_else()
    {
        await using var app = new AmsWebApplication(settings: new() { ["Ams:ForwardedHeaders:KnownProxies:0"] = Proxy });
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, await FailedSignInAsync(client, from: Proxy, forwardedFor: "203.0.113.50"));
        Assert.Equal(HttpStatusCode.Unauthorized, await FailedSignInAsync(client, from: "198.51.100.77", forwardedFor: "203.0.113.99"));

        var admin = await app.SignInAsync("admin@ams.test");
        var failures = (await admin.GetFromJsonAsync<JsonObject>($"/api/audit?type={AuditEventTypes.SignInFailed}"))!["items"]!.AsArray();
        Assert.Equal(["203.0.113.50", "198.51.100.77"], failures.Select(f => f!["clientAddress"]!.GetValue<string>()));
    }

    private static async Task<HttpStatusCode> FailedSignInAsync(HttpClient client, string from, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
        {
            Content = JsonContent.Create(new { email = "holder@ams.test", password = "not the password" }),
        };
        request.Headers.Add(TestClientAddress.Header, from);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }
}
