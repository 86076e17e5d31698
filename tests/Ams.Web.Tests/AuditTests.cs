using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Requests;
using Ams.Web.Operations.Audit;
using Ams.Workflow.Engine.Tests;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Web.Tests;

/// <summary>
/// The audit log: what verifiers and administrators do is recorded with who, what and from where; administrators
/// filter and export it; the hash chain stays one chain under concurrent appends and names the first entry changed
/// behind the product's back.
/// </summary>
public sealed class AuditTests
{
    private const string Address = "203.0.113.7";

    [Fact]
    public async Task A_claim_a_decision_a_deploy_and_the_revocation_are_recorded_with_who_what_and_from_where()
    {
        await using var app = new AmsWebApplication(RepositoryFolders.Workflows, new() { [AmsWebApplication.ClientAddress] = Address });
        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", "KEY_COMPROMISE");
        var op = await app.SignInAsync("op@ams.test");
        var task = (await RevocationRequests.WaitForTaskAsync(op, requestId))["id"]!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsync($"/api/tasks/{task}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables = new { decision = "approved", note = "Key lost" } })).StatusCode);
        var admin = await app.SignInAsync("admin@ams.test");
        var deployed = await admin.PostAsync("/api/workflows", new StringContent(Bpmn.Process(Chain(Service("work", "audited.work")), "audited"), Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        var request = await RevocationRequests.WaitForAsync(app, requestId, r => r.Enrollment is EnrollmentStates.Success or EnrollmentStates.Failed);

        var onRequest = await ItemsAsync(admin, $"/api/audit?request={requestId}");
        var claim = Assert.Single(onRequest, e => e["eventType"]!.GetValue<string>() == AuditEventTypes.TaskClaimed);
        Assert.Equal("op@ams.test", claim["actorName"]!.GetValue<string>());
        Assert.Equal(Address, claim["clientAddress"]!.GetValue<string>());
        Assert.Equal(request.SerialNumber, claim["serialNumber"]!.GetValue<string>());
        var decision = Assert.Single(onRequest, e => e["eventType"]!.GetValue<string>() == AuditEventTypes.Decision);
        Assert.Equal("op@ams.test", decision["actorName"]!.GetValue<string>());
        Assert.StartsWith("approved", decision["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(Address, decision["clientAddress"]!.GetValue<string>());
        var revoked = Assert.Single(onRequest, e => e["eventType"]!.GetValue<string>() == AuditEventTypes.CertificateRevoked);
        Assert.Equal(AuditActor.SystemId, revoked["actorId"]!.GetValue<string>());
        Assert.True(claim["sequence"]!.GetValue<long>() < decision["sequence"]!.GetValue<long>());

        var deploy = Assert.Single(await ItemsAsync(admin, $"/api/audit?type={AuditEventTypes.ModelDeployed}&actor=admin@ams.test"));
        Assert.Equal("audited version 1", deploy["detail"]!.GetValue<string>());
        Assert.Equal(Address, deploy["clientAddress"]!.GetValue<string>());
        var verified = (await admin.GetFromJsonAsync<JsonObject>("/api/audit/verify"))!;
        Assert.True(verified["intact"]!.GetValue<bool>(), verified.ToJsonString());
    }

    [Fact]
    public async Task Administrators_filter_page_and_export_the_log_as_JSON_Lines_and_bad_filters_are_400s_naming_the_field()
    {
        await using var app = new AmsWebApplication();
        var admin = await app.SignInAsync("admin@ams.test");
        var audit = app.Services.GetRequiredService<AuditTrail>();
        var alice = new AuditActor("alice-id", "alice@ams.test", "198.51.100.1");
        var request = Guid.NewGuid();
        for (var i = 0; i < 5; i++)
        {
            await audit.RecordAsync(new AuditEvent(AuditEventTypes.MailResent, $"resend {i}", i == 4 ? request : null, i < 2 ? "0abc" : null), alice, CancellationToken.None);
        }

        var all = (await admin.GetFromJsonAsync<JsonObject>($"/api/audit?type={AuditEventTypes.MailResent}"))!;
        Assert.Equal(5, all["total"]!.GetValue<int>());
        var lastPage = (await admin.GetFromJsonAsync<JsonObject>($"/api/audit?type={AuditEventTypes.MailResent}&pageSize=2&page=3"))!;
        Assert.Equal("resend 4", Assert.Single(lastPage["items"]!.AsArray())!["detail"]!.GetValue<string>());
        Assert.Equal(5, (await ItemsAsync(admin, "/api/audit?actor=alice@ams.test")).Count);
        Assert.Equal(5, (await ItemsAsync(admin, "/api/audit?actor=alice-id")).Count);
        Assert.Equal(2, (await ItemsAsync(admin, "/api/audit?serial=0A:BC")).Count);
        Assert.Equal("resend 4", Assert.Single(await ItemsAsync(admin, $"/api/audit?request={request}"))["detail"]!.GetValue<string>());
        var items = all["items"]!.AsArray();
        var first = DateTimeOffset.Parse(items[0]!["at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var last = DateTimeOffset.Parse(items[4]!["at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(5, (await ItemsAsync(admin, $"/api/audit?type={AuditEventTypes.MailResent}&from={Time(first)}&to={Time(last.AddMilliseconds(1))}")).Count);
        Assert.Empty(await ItemsAsync(admin, $"/api/audit?type={AuditEventTypes.MailResent}&from={Time(last.AddMilliseconds(1))}"));

        using var byHeader = new HttpRequestMessage(HttpMethod.Get, $"/api/audit?type={AuditEventTypes.MailResent}");
        byHeader.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(AuditApi.JsonLines));
        var exported = await admin.SendAsync(byHeader);
        Assert.Equal(AuditApi.JsonLines, exported.Content.Headers.ContentType!.MediaType);
        var lines = (await exported.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"resend {i}"), lines.Select(l => JsonNode.Parse(l)!["detail"]!.GetValue<string>()));
        var byQuery = await admin.GetStringAsync($"/api/audit?format=jsonl&serial=0abc");
        Assert.Equal(2, byQuery.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        await AssertInvalidAsync(admin, "/api/audit?type=coffee-break", "type");
        await AssertInvalidAsync(admin, "/api/audit?request=not-a-guid", "request");
        await AssertInvalidAsync(admin, "/api/audit?from=yesterday", "from");
        await AssertInvalidAsync(admin, "/api/audit?pageSize=0", "pageSize");
        await AssertInvalidAsync(admin, "/api/audit?format=xml", "format");
        await AssertInvalidAsync(admin, $"/api/audit?from={Time(last)}&to={Time(first)}", "to");
    }

    [Fact]
    public async Task Verifiers_and_holders_get_403_and_anonymous_callers_401()
    {
        await using var app = new AmsWebApplication();
        foreach (var email in new[] { "op@ams.test", "holder@ams.test" })
        {
            var client = await app.SignInAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/audit")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/audit/verify")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/audit")).StatusCode);
    }

    [Fact]
    public async Task A_row_changed_in_the_database_is_named_as_the_first_broken_link_by_the_API_and_the_command_line()
    {
        await using var app = new AmsWebApplication();
        var admin = await app.SignInAsync("admin@ams.test");
        var audit = app.Services.GetRequiredService<AuditTrail>();
        var entries = new List<AuditEntry>();
        for (var i = 0; i < 6; i++)
        {
            entries.Add(await audit.RecordAsync(new AuditEvent(AuditEventTypes.RoleGranted, $"holder to user {i}"), CancellationToken.None));
        }

        var intact = (await admin.GetFromJsonAsync<JsonObject>("/api/audit/verify"))!;
        Assert.True(intact["intact"]!.GetValue<bool>());
        Assert.Equal(entries[^1].Sequence, intact["entries"]!.GetValue<long>());
        var target = entries[3];
        await using (var sqlite = new SqliteConnection($"Data Source={Path.Combine(app.DataFolder, "ams.db")}"))
        {
            await sqlite.OpenAsync();
            var update = $"UPDATE ams_audit_log SET Detail = 'holder to someone else' WHERE Sequence = {target.Sequence}";
            Assert.Throws<SqliteException>(() => Execute(sqlite, update));
            Execute(sqlite, "DROP TRIGGER ams_audit_log_no_update");
            Assert.Equal(1, Execute(sqlite, update));
        }

        var broken = (await admin.GetFromJsonAsync<JsonObject>("/api/audit/verify"))!;
        Assert.False(broken["intact"]!.GetValue<bool>());
        Assert.Equal(target.Sequence, broken["brokenSequence"]!.GetValue<long>());
        Assert.Equal(target.Id, broken["brokenId"]!.GetValue<Guid>());
        Assert.Equal(target.Sequence - 1, broken["entries"]!.GetValue<long>());
        var output = new StringWriter();
        Assert.Equal(1, await AuditCommandLine.RunAsync(["audit", "verify"], app.Services, output));
        Assert.Contains($"sequence {target.Sequence} (entry {target.Id})", output.ToString(), StringComparison.Ordinal);

        var (exitCode, printed) = await RunHostCommandAsync(app.DataFolder, "audit", "verify");
        Assert.Equal(1, exitCode);
        Assert.Contains(target.Id.ToString(), printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fifty_appends_at_once_make_one_chain_without_a_fork()
    {
        await using var app = new AmsWebApplication();
        var audit = app.Services.GetRequiredService<AuditTrail>();

        var appended = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Task.Run(() => audit.RecordAsync(new AuditEvent(AuditEventTypes.MailResent, $"parallel {i}"), CancellationToken.None))));

        Assert.Equal(50, appended.Select(e => e.Sequence).Distinct().Count());
        Assert.Equal(50, appended.Select(e => e.PreviousHash).Distinct().Count());
        await using var scope = app.Services.CreateAsyncScope();
        var result = await AuditVerification.VerifyAsync(scope.ServiceProvider.GetRequiredService<AmsDbContext>(), CancellationToken.None);
        Assert.True(result.Intact, result.Summary);
        Assert.Equal(appended.Max(e => e.Sequence), result.Entries);
    }

    [Fact]
    public async Task Two_nodes_on_one_PostgreSQL_database_appending_at_once_make_one_chain_that_refuses_updates()
    {
        var settings = AmsWebApplication.OnPostgres();
        await using var first = new AmsWebApplication(settings: settings);
        await using var second = new AmsWebApplication(settings: new(settings) { ["Ams:Node:Name"] = "second" });
        var nodes = new[] { first.Services.GetRequiredService<AuditTrail>(), second.Services.GetRequiredService<AuditTrail>() };

        var appended = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Task.Run(() => nodes[i % 2].RecordAsync(new AuditEvent(AuditEventTypes.MailResent, $"parallel {i}"), CancellationToken.None))));

        Assert.Equal(50, appended.Select(e => e.Sequence).Distinct().Count());
        Assert.Contains(appended, e => e.ActorName == "second");
        var admin = await first.SignInAsync("admin@ams.test");
        var verified = (await admin.GetFromJsonAsync<JsonObject>("/api/audit/verify"))!;
        Assert.True(verified["intact"]!.GetValue<bool>(), verified.ToJsonString());
        await using var connection = new Npgsql.NpgsqlConnection(settings["ConnectionStrings:Ams"]);
        await connection.OpenAsync();
        await using var update = new Npgsql.NpgsqlCommand("UPDATE ams_audit_log SET \"Detail\" = 'changed'", connection);
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => update.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task Sign_ins_through_the_API_record_success_failure_the_failure_that_locks_the_account_and_the_unlock()
    {
        await using var app = new AmsWebApplication(settings: new() { ["Ams:SignIn:AccountLockThreshold"] = "6" });
        using var client = app.CreateClient();
        async Task<HttpStatusCode> SignInAsync(string email, string password, string address)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { email, password }) };
            request.Headers.Add(TestClientAddress.Header, address);
            return (await client.SendAsync(request)).StatusCode;
        }

        // Five failures from one address lock it for that address; one more from another reaches the account's threshold.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync("holder2@ams.test", "not the password", Address));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync("holder2@ams.test", "not the password", "198.51.100.9"));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync("holder2@ams.test", AmsWebApplication.Password, "198.51.100.10"));
        Assert.Equal(HttpStatusCode.Unauthorized, await SignInAsync("nobody@ams.test", "whatever", Address));
        var admin = await app.SignInAsync("admin@ams.test");
        var holder = await app.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<UserManager<AmsUser>>().FindByEmailAsync("holder2@ams.test");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/admin/accounts/{holder!.Id}/unlock", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, await SignInAsync("holder2@ams.test", AmsWebApplication.Password, "198.51.100.10"));

        var failures = await ItemsAsync(admin, $"/api/audit?type={AuditEventTypes.SignInFailed}");
        Assert.Equal(8, failures.Count);
        Assert.Equal(5, failures.Count(f => f["clientAddress"]!.GetValue<string>() == Address && f["detail"]!.GetValue<string>().StartsWith("wrong password", StringComparison.Ordinal)));
        Assert.StartsWith("account locked", failures[6]["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("nobody@ams.test", failures[^1]["actorName"]!.GetValue<string>());
        var locked = Assert.Single(await ItemsAsync(admin, $"/api/audit?type={AuditEventTypes.AccountLocked}"));
        Assert.Equal(holder.Id, locked["actorId"]!.GetValue<string>());
        Assert.Equal("198.51.100.9", locked["clientAddress"]!.GetValue<string>());
        Assert.Contains(holder.Id, Assert.Single(await ItemsAsync(admin, $"/api/audit?type={AuditEventTypes.AccountUnlocked}"))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(await ItemsAsync(admin, $"/api/audit?type={AuditEventTypes.SignIn}&actor=holder2@ams.test"));
    }

    private static async Task<List<JsonNode>> ItemsAsync(HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonObject>(url))!["items"]!.AsArray().Select(n => n!).ToList();

    private static async Task AssertInvalidAsync(HttpClient client, string url, string field)
    {
        var answer = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var problem = (await answer.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(problem["errors"]?[field] is not null, $"{url}: {problem.ToJsonString()}");
    }

    private static string Time(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    private static int Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs the built host as its own process with a command, on the data folder of a test's host.</summary>
    private static async Task<(int ExitCode, string Output)> RunHostCommandAsync(string dataFolder, params string[] command)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Ams.Web.dll"));
        foreach (var part in command)
        {
            start.ArgumentList.Add(part);
        }

        start.Environment["Ams__DataPath"] = dataFolder;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
