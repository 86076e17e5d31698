using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests.Accounts;

public sealed class SignInProtectionTests : IAsyncLifetime
{
    // The address throttle is raised so that the bursts below reach the counting they test, not the throttle.
    private readonly AmsWebApplication app = new(settings: new() { ["Ams:SignIn:AttemptsPerAddressPerMinute"] = "1000", ["Ams:SignIn:FailuresPerAccountPerMinute"] = "1000" });

    [Fact]
    public async Task A_burst_of_forty_parallel_wrong_guesses_checks_five_and_the_right_password_then_gets_no_token()
    {
        var client = app.CreateClient();

        var burst = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            client.PostAsJsonAsync("/api/auth/login", new { email = "holder2@ams.test", password = "wrong-" + i })));
        var right = await client.PostAsJsonAsync("/api/auth/login", new { email = "holder2@ams.test", password = AmsWebApplication.Password });

        Assert.All(burst, response => Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        var (count, failures) = await FailuresAsync("holder2@ams.test");
        Assert.Equal(5, count);
        Assert.Equal(5, failures);
    }

    [Fact]
    public async Task Forty_parallel_wrong_guesses_under_the_limits_are_all_counted()
    {
        await using var lenient = new AmsWebApplication(settings: new()
        {
            ["Ams:SignIn:AttemptsPerAddressPerMinute"] = "1000",
            ["Ams:SignIn:FailuresPerAccountPerMinute"] = "1000",
            ["Ams:SignIn:AccountLockThreshold"] = "1000",
        });
        var client = lenient.CreateClient();

        // Forty addresses, one guess each: each stays under its address's limit, so every guess is checked and counted.
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Post(client, "holder@ams.test", "wrong-" + i, $"10.0.0.{i + 1}")));

        await using var scope = lenient.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmsDbContext>();
        Assert.Equal(40, await db.Users.Where(u => u.Email == "holder@ams.test").Select(u => u.AccessFailedCount).SingleAsync());
    }

    [Fact]
    public async Task Two_nodes_on_one_postgresql_database_let_five_of_forty_parallel_guesses_through_between_them()
    {
        var settings = AmsWebApplication.OnPostgres();
        settings["Ams:SignIn:AttemptsPerAddressPerMinute"] = "1000";
        settings["Ams:SignIn:FailuresPerAccountPerMinute"] = "1000";
        await using var nodeA = new AmsWebApplication(settings: settings);
        await using var nodeB = new AmsWebApplication(settings: settings);
        var clients = new[] { nodeA.CreateClient(), nodeB.CreateClient() };

        var burst = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Post(clients[i % 2], "op2@ams.test", "wrong-" + i, "203.0.113.40")));
        var right = await Post(clients[1], "op2@ams.test", AmsWebApplication.Password, "203.0.113.40");

        Assert.All(burst, response => Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        await using var scope = nodeA.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmsDbContext>();
        Assert.Equal(5, await db.Users.Where(u => u.Email == "op2@ams.test").Select(u => u.AccessFailedCount).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await Post(clients[0], "op2@ams.test", AmsWebApplication.Password, "203.0.113.41")).StatusCode);
    }

    [Fact]
    public async Task Unknown_and_known_emails_get_the_same_answer_in_about_the_same_time()
    {
        var client = app.CreateClient();
        var known = new List<double>();
        var unknown = new List<double>();
        string? knownAnswer = null, unknownAnswer = null;
        await Post(client, "nobody@ams.test", "warm-up", "10.1.0.1");
        for (var i = 0; i < 8; i++)
        {
            // A new address for each guess, so the known account never locks and every guess is checked.
            var (knownTime, knownBody) = await TimedAsync(() => Post(client, "holder@ams.test", "wrong-" + i, $"10.1.1.{i + 1}"));
            var (unknownTime, unknownBody) = await TimedAsync(() => Post(client, $"nobody{i}@ams.test", "wrong-" + i, $"10.1.2.{i + 1}"));
            known.Add(knownTime);
            unknown.Add(unknownTime);
            knownAnswer = knownBody;
            unknownAnswer = unknownBody;
        }

        var ratio = Median(unknown) / Median(known);
        TestContext.Current.TestOutputHelper?.WriteLine($"median unknown {Median(unknown):F1} ms, known {Median(known):F1} ms, ratio {ratio:F2}");
        Assert.InRange(ratio, 0.5, 2.0);
        Assert.Equal(Detail(knownAnswer!), Detail(unknownAnswer!));
    }

    [Fact]
    public async Task A_guesser_locks_the_account_only_for_its_own_address()
    {
        var client = app.CreateClient();
        for (var i = 0; i < 6; i++)
        {
            await Post(client, "op2@ams.test", "wrong-" + i, "203.0.113.7");
        }

        var fromGuesser = await Post(client, "op2@ams.test", AmsWebApplication.Password, "203.0.113.7");
        var fromOwner = await Post(client, "op2@ams.test", AmsWebApplication.Password, "198.51.100.20");

        Assert.Equal(HttpStatusCode.Unauthorized, fromGuesser.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromOwner.StatusCode);
    }

    [Fact]
    public async Task Failures_from_many_addresses_lock_the_account_until_an_administrator_unlocks_it()
    {
        await using var strict = new AmsWebApplication(settings: new() { ["Ams:SignIn:AccountLockThreshold"] = "8" });
        var client = strict.CreateClient();
        for (var i = 0; i < 8; i++)
        {
            await Post(client, "holder@ams.test", "wrong-" + i, $"192.0.2.{i + 1}");
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(client, "holder@ams.test", AmsWebApplication.Password, "192.0.2.100")).StatusCode);
        var admin = await strict.SignInAsync("admin@ams.test");
        var locked = await admin.GetFromJsonAsync<JsonArray>("/api/admin/accounts/locked");
        var id = Assert.Single(locked!)!["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Forbidden, (await (await strict.SignInAsync("holder2@ams.test")).PostAsync($"/api/admin/accounts/{id}/unlock", null)).StatusCode);

        var unlock = await admin.PostAsync($"/api/admin/accounts/{id}/unlock", null);

        Assert.Equal(HttpStatusCode.OK, unlock.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Post(client, "holder@ams.test", AmsWebApplication.Password, "192.0.2.100")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/admin/accounts/no-such-id/unlock", null)).StatusCode);
    }

    [Fact]
    public async Task An_administrator_unlocks_an_account_from_the_holders_page()
    {
        await using var strict = new AmsWebApplication(settings: new() { ["Ams:SignIn:AccountLockThreshold"] = "3" });
        var client = strict.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await Post(client, "holder2@ams.test", "wrong-" + i, $"192.0.2.{i + 1}");
        }

        var browser = await strict.SignInWithCookieAsync("admin@ams.test");
        var page = await browser.GetStringAsync("/admin/pemegang");
        Assert.Contains("holder2@ams.test", page, StringComparison.Ordinal);
        var id = System.Text.RegularExpressions.Regex.Match(page, "name=\"id\" value=\"([^\"]+)\"").Groups[1].Value;
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        var answer = await browser.PostAsync("/admin/pemegang?handler=Unlock", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["id"] = id,
        }));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("no-locked-accounts", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Post(client, "holder2@ams.test", AmsWebApplication.Password, "192.0.2.50")).StatusCode);
    }

    [Fact]
    public async Task Too_many_attempts_from_one_address_answer_429_with_retry_after()
    {
        await using var throttled = new AmsWebApplication(settings: new() { ["Ams:SignIn:AttemptsPerAddressPerMinute"] = "3" });
        var client = throttled.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await Post(client, $"someone{i}@ams.test", "wrong", "198.51.100.9");
        }

        var refused = await Post(client, "holder@ams.test", AmsWebApplication.Password, "198.51.100.9");
        var otherAddress = await Post(client, "holder@ams.test", AmsWebApplication.Password, "198.51.100.10");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.True(refused.Headers.RetryAfter!.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, otherAddress.StatusCode);
    }

    [Fact]
    public async Task Too_many_failures_for_one_account_answer_429_from_any_address()
    {
        await using var throttled = new AmsWebApplication(settings: new() { ["Ams:SignIn:FailuresPerAccountPerMinute"] = "3" });
        var client = throttled.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await Post(client, "holder@ams.test", "wrong", $"198.51.100.{i + 1}");
        }

        var refused = await Post(client, "holder@ams.test", AmsWebApplication.Password, "198.51.100.99");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string email, string password, string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.Add(TestClientAddress.Header, address);
        return client.SendAsync(request);
    }

    private async Task<(int Count, int Failures)> FailuresAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AmsDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Email == email);
        var failures = await scope.ServiceProvider.GetRequiredService<FailedSignIns>().CountAsync(user.Id, "127.0.0.1", TestContext.Current.CancellationToken);
        return (user.AccessFailedCount, failures);
    }

    private static async Task<(double Milliseconds, string Body)> TimedAsync(Func<Task<HttpResponseMessage>> call)
    {
        var watch = Stopwatch.StartNew();
        var response = await call();
        var body = await response.Content.ReadAsStringAsync();
        return (watch.Elapsed.TotalMilliseconds, body);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Detail(string body) => JsonNode.Parse(body)!["detail"]!.GetValue<string>();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
