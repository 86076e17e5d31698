using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ams.Web.Tests;

/// <summary>Every administrator endpoint, called by nobody, a holder, a verifier and an administrator.</summary>
public sealed class AuthorizationTests : IAsyncLifetime
{
    private readonly AmsWebApplication app = new();

    public static TheoryData<string, string> AdminEndpoints() => new()
    {
        { "POST", "/api/workflows" },
        { "GET", "/api/workflows" },
        { "POST", "/api/process-instances" },
        { "GET", $"/api/process-instances/{Guid.NewGuid()}" },
        { "POST", "/api/messages" },
        { "POST", "/api/jobs/activation" },
        { "POST", $"/api/jobs/{Guid.NewGuid()}/complete" },
        { "POST", $"/api/jobs/{Guid.NewGuid()}/fail" },
        { "POST", $"/api/jobs/{Guid.NewGuid()}/error" },
        { "GET", "/hangfire" },
    };

    [Theory]
    [MemberData(nameof(AdminEndpoints))]
    public async Task Only_administrators_reach_an_administrator_endpoint(string method, string path)
    {
        var anonymous = await SendAsync(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), method, path);
        if (path.StartsWith("/api/", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/login", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(await app.SignInAsync("holder@ams.test"), method, path)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(await app.SignInAsync("op@ams.test"), method, path)).StatusCode);

        var asAdmin = await SendAsync(await app.SignInAsync("admin@ams.test"), method, path);
        Assert.NotEqual(HttpStatusCode.Unauthorized, asAdmin.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, asAdmin.StatusCode);
        Assert.NotEqual(HttpStatusCode.InternalServerError, asAdmin.StatusCode);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = path == "/api/workflows"
                ? new StringContent("<not-bpmn/>", Encoding.UTF8, "application/xml")
                : new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return client.SendAsync(request);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
