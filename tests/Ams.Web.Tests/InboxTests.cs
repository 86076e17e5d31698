using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests;

/// <summary>The verifier inbox over the shipped revocation process, with Hangfire running the product's jobs.</summary>
public sealed class InboxTests : IAsyncLifetime
{
    private readonly AmsWebApplication app = new(RepositoryFolders.Workflows);
    private HttpClient op = null!;
    private HttpClient op2 = null!;

    [Fact]
    public async Task A_verifier_sees_the_request_in_the_inbox_and_approves_it_with_a_note()
    {
        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", "KEY_COMPROMISE");
        var task = await RevocationRequests.WaitForTaskAsync(op, requestId);
        Assert.Equal("Verifikasi OP", task["name"]!.GetValue<string>());
        Assert.Equal(90, task["priority"]!.GetValue<int>());
        Assert.Equal("KEY_COMPROMISE", task["request"]!["reason"]!.GetValue<string>());

        var details = await op.GetFromJsonAsync<JsonObject>($"/api/tasks/{task["id"]}");
        Assert.Equal(task["request"]!["serialNumber"]!.GetValue<string>(), details!["certificate"]!["serialNumber"]!.GetValue<string>());
        Assert.Contains(details["earlierRequests"]!.AsArray(), r => r!["kind"]!.GetValue<string>() == "issue");
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsync($"/api/tasks/{task["id"]}/claim", null)).StatusCode);
        var completed = await op.PostAsJsonAsync($"/api/tasks/{task["id"]}/complete", new { variables = new { decision = "approved", note = "diterima" } });

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var request = await RevocationRequests.WaitForAsync(app, requestId, r => r.Verification != VerificationStates.Pending);
        Assert.Equal(VerificationStates.Approved, request.Verification);
        Assert.Equal("diterima", request.Note);
        Assert.NotEqual(EnrollmentStates.None, request.Enrollment);
        Assert.Equal("op@ams.test", request.DecidedBy);
    }

    [Fact]
    public async Task An_enrollment_the_authority_refuses_shows_failed_with_the_reason_and_mails_the_holder()
    {
        // The authority revokes the certificate on its own before the request reaches it, so it refuses the request's revocation.
        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", "SUPERSEDED");
        var task = await RevocationRequests.WaitForTaskAsync(op, requestId);
        var ca = app.Services.GetRequiredService<Ams.Pki.Authority.CertificateAuthority>();
        Assert.True((await ca.RevokeAsync(task["request"]!["serialNumber"]!.GetValue<string>(), Ams.Pki.Revocation.RevocationReason.Superseded, Ams.Pki.Revocation.RevocationActor.Operator)).Succeeded);

        await op.PostAsJsonAsync($"/api/tasks/{task["id"]}/complete", new { variables = new { decision = "approved", note = "ok" } });

        var request = await RevocationRequests.WaitForAsync(app, requestId, r => r.Enrollment is EnrollmentStates.Failed or EnrollmentStates.Success);
        Assert.Equal(EnrollmentStates.Failed, request.Enrollment);
        Assert.False(string.IsNullOrWhiteSpace(request.FailureReason));
        var row = (await (await app.SignInAsync("holder@ams.test")).GetFromJsonAsync<JsonArray>("/api/me/requests"))!
            .Single(r => r!["id"]!.GetValue<string>() == requestId.ToString())!;
        Assert.Equal("failed", row["enrollment"]!["status"]!.GetValue<string>());
        Assert.Equal(request.FailureReason, row["enrollment"]!["failureReason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_task_claimed_by_one_verifier_cannot_be_claimed_or_decided_by_another_until_unclaimed()
    {
        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", "UNSPECIFIED");
        var id = (await RevocationRequests.WaitForTaskAsync(op, requestId))["id"]!.ToString();
        await op.PostAsync($"/api/tasks/{id}/claim", null);

        Assert.Equal(HttpStatusCode.Conflict, (await op2.PostAsync($"/api/tasks/{id}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await op2.PostAsJsonAsync($"/api/tasks/{id}/complete", new { variables = new { decision = "approved" } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsync($"/api/tasks/{id}/unclaim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await op2.PostAsync($"/api/tasks/{id}/claim", null)).StatusCode);
        var mine = await op2.GetFromJsonAsync<JsonArray>("/api/tasks?scope=mine");
        Assert.Contains(mine!, t => t!["id"]!.ToString() == id);
    }

    [Fact]
    public async Task Completing_needs_the_task_held_an_unclaimed_task_is_claimed_and_completed_in_one_call()
    {
        var held = (await RevocationRequests.WaitForTaskAsync(op, await RevocationRequests.FileAsync(app, "holder@ams.test", "UNSPECIFIED")))["id"]!.ToString();
        var unclaimedRequest = await RevocationRequests.FileAsync(app, "holder2@ams.test", "UNSPECIFIED");
        var unclaimed = (await RevocationRequests.WaitForTaskAsync(op, unclaimedRequest))["id"]!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await op2.PostAsync($"/api/tasks/{held}/claim", null)).StatusCode);

        // Held by another: a conflict, before the values are even looked at.
        var refused = await op.PostAsJsonAsync($"/api/tasks/{held}/complete", new { variables = new { decision = "not-a-decision" } });
        var completed = await op.PostAsJsonAsync($"/api/tasks/{unclaimed}/complete", new { variables = new { decision = "approved", note = "ok" } });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("claimed by another verifier", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var mine = (await op.GetFromJsonAsync<JsonArray>("/api/tasks?scope=completed"))!.Single(t => t!["id"]!.ToString() == unclaimed)!;
        Assert.NotNull(mine["assignee"]);
        Assert.Equal("completed", mine["state"]!.GetValue<string>());
        await RevocationRequests.WaitForAsync(app, unclaimedRequest, r => r.Verification != VerificationStates.Pending);
        var decided = await op.GetFromJsonAsync<JsonObject>($"/api/tasks/{unclaimed}");
        Assert.Equal("approved", decided!["task"]!["decision"]!["decision"]!.GetValue<string>());
        Assert.Equal("ok", decided["task"]!["decision"]!["note"]!.GetValue<string>());
    }

    [Fact]
    public async Task Two_verifiers_deciding_at_once_give_one_decision_and_one_clear_conflict()
    {
        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", "UNSPECIFIED");
        var id = (await RevocationRequests.WaitForTaskAsync(op, requestId))["id"]!.ToString();

        var answers = await Task.WhenAll(
            op.PostAsJsonAsync($"/api/tasks/{id}/complete", new { variables = new { decision = "approved", note = "ok" } }),
            op2.PostAsJsonAsync($"/api/tasks/{id}/complete", new { variables = new { decision = "rejected", note = "tidak" } }));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal("application/problem+json", loser.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Rejecting_needs_a_note_and_the_decision_must_be_one_of_the_form_values()
    {
        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", "UNSPECIFIED");
        var id = (await RevocationRequests.WaitForTaskAsync(op, requestId))["id"]!.ToString();

        var noNote = await op.PostAsJsonAsync($"/api/tasks/{id}/complete", new { variables = new { decision = "rejected" } });
        var crafted = await op.PostAsJsonAsync($"/api/tasks/{id}/complete", new { variables = new { decision = "approved-by-me" } });
        var missing = await op.PostAsJsonAsync($"/api/tasks/{id}/complete", new { variables = new { note = "x" } });

        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Contains("\"note\"", await noNote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, crafted.StatusCode);
        Assert.Contains("\"decision\"", await crafted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task A_verifier_cannot_change_what_is_revoked_or_who_is_mailed_by_adding_variables()
    {
        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", "UNSPECIFIED");
        var id = (await RevocationRequests.WaitForTaskAsync(op, requestId))["id"]!.ToString();

        var crafted = await op.PostAsJsonAsync($"/api/tasks/{id}/complete", new { variables = new { decision = "approved", serialNumber = "00ff", holderEmail = "someone@else.test" } });

        Assert.Equal(HttpStatusCode.BadRequest, crafted.StatusCode);
        var problem = await crafted.Content.ReadAsStringAsync();
        Assert.Contains("\"serialNumber\"", problem, StringComparison.Ordinal);
        Assert.Contains("\"holderEmail\"", problem, StringComparison.Ordinal);
        var task = await op.GetFromJsonAsync<JsonObject>($"/api/tasks/{id}");
        Assert.Equal("holder@ams.test", task!["variables"]!["holderEmail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_verifier_can_never_decide_a_request_they_made_themselves()
    {
        await app.CreateUserAsync("op-holder@ams.test", Roles.Verifier);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AmsUser>>();
            await users.AddToRoleAsync((await users.FindByEmailAsync("op-holder@ams.test"))!, Roles.Holder);
        }

        var own = await app.SignInAsync("op-holder@ams.test");
        var requestId = await RevocationRequests.FileAsync(app, "op-holder@ams.test", "UNSPECIFIED");
        var id = (await RevocationRequests.WaitForTaskAsync(own, requestId))["id"]!.ToString();

        Assert.Equal(HttpStatusCode.Forbidden, (await own.PostAsync($"/api/tasks/{id}/claim", null)).StatusCode);
        var refused = await own.PostAsJsonAsync($"/api/tasks/{id}/complete", new { variables = new { decision = "approved" } });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("separateFromRequester", (await refused.Content.ReadFromJsonAsync<JsonObject>())!["rule"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"/api/tasks/{id}/complete", new { variables = new { decision = "approved" } })).StatusCode);

        // Once decided, the task is a conflict for the requester too, not a refusal: nothing is left to decide.
        Assert.Equal(HttpStatusCode.Conflict, (await own.PostAsJsonAsync($"/api/tasks/{id}/complete", new { variables = new { decision = "approved" } })).StatusCode);
    }

    [Fact]
    public async Task The_inbox_filters_by_reason_and_serial_and_holders_cannot_open_it()
    {
        var compromised = await RevocationRequests.FileAsync(app, "holder@ams.test", "KEY_COMPROMISE");
        var ordinary = await RevocationRequests.FileAsync(app, "holder2@ams.test", "SUPERSEDED");
        var ordinarySerial = (await (await app.SignInAsync("holder2@ams.test")).GetFromJsonAsync<JsonArray>("/api/me/requests"))!
            .Single(r => r!["id"]!.GetValue<string>() == ordinary.ToString())!["serialNumber"]!.GetValue<string>();
        await RevocationRequests.WaitForTaskAsync(op, compromised);
        await RevocationRequests.WaitForTaskAsync(op, ordinary);

        var byReason = await op.GetFromJsonAsync<JsonArray>("/api/tasks?reason=KEY_COMPROMISE");
        var bySerial = await op.GetFromJsonAsync<JsonArray>($"/api/tasks?serial={ordinarySerial}");

        Assert.All(byReason!, t => Assert.Equal("KEY_COMPROMISE", t!["request"]!["reason"]!.GetValue<string>()));
        Assert.Equal(ordinary.ToString(), Assert.Single(bySerial!)!["requestId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync("holder@ams.test")).GetAsync("/api/tasks")).StatusCode);
    }

    [Fact]
    public async Task A_holder_sees_only_their_own_requests()
    {
        var mine = await RevocationRequests.FileAsync(app, "holder@ams.test", "UNSPECIFIED");
        await RevocationRequests.FileAsync(app, "holder2@ams.test", "UNSPECIFIED");

        var rows = await (await app.SignInAsync("holder@ams.test")).GetFromJsonAsync<JsonArray>("/api/me/requests");

        Assert.All(rows!, r => Assert.Equal("holder@ams.test", r!["holderEmail"]!.GetValue<string>()));
        var row = Assert.Single(rows!, r => r!["kind"]!.GetValue<string>() == "revoke");
        Assert.Equal(mine.ToString(), row!["id"]!.GetValue<string>());
        Assert.Equal("pending", row["verification"]!["status"]!.GetValue<string>());
    }

    public async ValueTask InitializeAsync()
    {
        op = await app.SignInAsync("op@ams.test");
        op2 = await app.SignInAsync("op2@ams.test");
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
