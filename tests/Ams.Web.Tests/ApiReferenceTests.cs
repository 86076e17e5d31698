using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ams.Web.Tests;

/// <summary>The interactive API reference: Scalar over the host's OpenAPI document, for administrators only.</summary>
public sealed class ApiReferenceTests : IAsyncLifetime
{
    private readonly AmsWebApplication app = new();

    [Fact]
    public async Task An_administrator_gets_the_reference_titled_with_the_product_over_the_openapi_document()
    {
        var admin = await app.SignInWithCookieAsync("admin@ams.test");

        var page = await admin.GetAsync("/admin/api-reference");
        var script = await admin.GetAsync("/admin/api-reference/scalar.js");
        var document = await admin.GetAsync("/openapi/v1.json");
        var menu = await admin.GetStringAsync("/admin/instances");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<title>AMS Workflow API</title>", html, StringComparison.Ordinal);
        Assert.Contains("\"url\":\"openapi/v1.json\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        var description = System.Text.Json.Nodes.JsonNode.Parse(await document.Content.ReadAsStringAsync())!;
        Assert.Equal("AMS Workflow API", description["info"]!["title"]!.GetValue<string>());
        Assert.NotNull(description["paths"]!["/api/workflows"]);
        Assert.Contains("<a href=\"/admin/api-reference\" id=\"menu-api-reference\">Referensi API</a>", menu, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_holder_is_refused_and_nobody_is_sent_to_sign_in()
    {
        var holder = await app.SignInAsync("holder@ams.test");
        var holderInBrowser = await app.SignInWithCookieAsync("holder@ams.test");
        var nobody = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var refused = await holder.GetAsync("/admin/api-reference");
        var refusedInBrowser = await holderInBrowser.GetAsync("/admin/api-reference");
        var anonymous = await nobody.GetAsync("/admin/api-reference");
        var holderMenu = await holderInBrowser.GetStringAsync("/sertifikat");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("AMS Workflow API", await refusedInBrowser.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/login", anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/api-reference", holderMenu, StringComparison.Ordinal);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
