using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests;

/// <summary>
/// A browser's failed request gets the product's 404, 403 or 500 page, in its language and with a way back; the API
/// answers the same failures with problem details, whatever the request accepts.
/// </summary>
public sealed class ErrorPagesTests(ErrorPagesTests.Host host) : IClassFixture<ErrorPagesTests.Host>
{
    private const string Layout = "AMS - Layanan Sertifikat Elektronik";

    [Fact]
    public async Task An_unknown_address_gives_a_browser_the_404_page_with_ways_back()
    {
        var client = Browser(host.App.CreateClient());
        var request = new HttpRequestMessage(HttpMethod.Get, "/tidak-ada-halaman-ini");
        request.Headers.Referrer = new Uri(client.BaseAddress!, "/login");

        var answer = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal("text/html", answer.Content.Headers.ContentType?.MediaType);
        var page = await answer.Content.ReadAsStringAsync();
        Assert.Contains(Layout, page, StringComparison.Ordinal);
        Assert.Contains("Halaman tidak ditemukan", page, StringComparison.Ordinal);
        Assert.Contains("id=\"error-home\" href=\"/\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"error-previous\" href=\"/login\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_404_page_speaks_English_after_the_switch_and_names_no_foreign_page_as_the_way_back()
    {
        var client = Browser(host.App.CreateClient());
        (await client.GetAsync("/lang/en?returnUrl=/login")).EnsureSuccessStatusCode();
        var request = new HttpRequestMessage(HttpMethod.Get, "/nothing-here");
        request.Headers.Referrer = new Uri("https://elsewhere.example/phishing");

        var answer = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        var page = await answer.Content.ReadAsStringAsync();
        Assert.Contains("Page not found", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Halaman tidak ditemukan", page, StringComparison.Ordinal);
        Assert.DoesNotContain("error-previous", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_holders_certificate_is_the_404_page()
    {
        var other = await host.OtherHoldersSerialAsync();
        var holder = Browser(await host.App.SignInWithCookieAsync("holder@ams.test"));

        var answer = await holder.GetAsync($"/sertifikat/{other}");

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        var page = await answer.Content.ReadAsStringAsync();
        Assert.Contains("Halaman tidak ditemukan", page, StringComparison.Ordinal);
        Assert.DoesNotContain(other, page, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/inbox")]
    [InlineData("/admin/designer")]
    [InlineData("/admin/instances")]
    public async Task A_holder_opening_a_verifier_or_admin_page_gets_the_403_page_where_they_are(string path)
    {
        var holder = Browser(await host.App.SignInWithCookieAsync("holder@ams.test"));

        var answer = await holder.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal(path, answer.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await answer.Content.ReadAsStringAsync();
        Assert.Contains(Layout, page, StringComparison.Ordinal);
        Assert.Contains("Akses ditolak", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Halaman tidak ditemukan", page, StringComparison.Ordinal);
        Assert.Contains("id=\"error-home\" href=\"/\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_answers_the_same_failures_with_problem_details_even_to_a_browser()
    {
        var other = await host.OtherHoldersSerialAsync();
        var holder = Browser(await host.App.SignInWithCookieAsync("holder@ams.test"));

        await AssertProblemAsync(await holder.GetAsync("/api/tidak-ada"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await holder.GetAsync($"/api/me/certificates/{other}"), HttpStatusCode.NotFound);
        await AssertProblemAsync(await holder.GetAsync("/api/tasks"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_failure_gives_a_browser_the_500_page_and_the_api_problem_details_and_neither_tells_the_failure()
    {
        await using var app = new AmsWebApplication();
        using var failing = app.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, FailingAddresses>()));

        var page = await Browser(failing.CreateClient()).GetAsync(FailingAddresses.Page);
        var api = await Browser(failing.CreateClient()).GetAsync(FailingAddresses.Api);

        Assert.Equal(HttpStatusCode.InternalServerError, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains(Layout, html, StringComparison.Ordinal);
        Assert.Contains("Terjadi kesalahan pada sistem", html, StringComparison.Ordinal);
        Assert.Contains("id=\"error-reference\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingAddresses.Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(FailingAddresses), html, StringComparison.Ordinal);
        var problem = await AssertProblemAsync(api, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain(FailingAddresses.Secret, problem.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(FailingAddresses), problem.ToJsonString(), StringComparison.Ordinal);
    }

    private static HttpClient Browser(HttpClient client)
    {
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return client;
    }

    private static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage answer, HttpStatusCode status)
    {
        Assert.Equal(status, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
        var problem = (await answer.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        return problem;
    }

    /// <summary>Addresses that fail, in the test host only: a page and an API call whose handling throws.</summary>
    private sealed class FailingAddresses : IStartupFilter
    {
        public const string Page = "/test/failing-page";
        public const string Api = "/api/test/failing-call";
        public const string Secret = "detail that must not leave the server";

        // After the host's pipeline, so its error handling is around them: reached because no endpoint answers these paths.
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate following) =>
                context.Request.Path == Page || context.Request.Path == Api ? throw new InvalidOperationException(Secret) : following(context));
        };
    }

    /// <summary>One host for the tests that do not change it.</summary>
    public sealed class Host : IAsyncDisposable
    {
        public AmsWebApplication App { get; } = new();

        /// <summary>A demo certificate of holder2, which holder may not see.</summary>
        public async Task<string> OtherHoldersSerialAsync()
        {
            var other = await App.SignInAsync("holder2@ams.test");
            return (await other.GetFromJsonAsync<JsonArray>("/api/me/certificates"))![0]!["serialNumber"]!.GetValue<string>();
        }

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
