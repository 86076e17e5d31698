using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Requests;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests.Workflows;

/// <summary>
/// The shipped <c>workflows/revocation.bpmn</c>, deployed by the host at start-up, with the host's own workers
/// recording the outcome and queueing the mails; the test plays the verifier and the certification authority.
/// </summary>
public sealed class RevocationModelTests : IAsyncLifetime
{
    private readonly AmsWebApplication app = new(RepositoryFolders.Workflows);
    private WorkflowEngine engine = null!;

    [Fact]
    public async Task An_approved_revocation_runs_from_request_to_revoked_mail()
    {
        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", "KEY_COMPROMISE");
        var task = await WaitForTaskAsync(requestId);
        Assert.Equal("Task_Verify", task.ElementId);
        Assert.Equal(["verifier"], task.CandidateGroups);
        Assert.Equal(90, task.Priority);
        Assert.Equal("verification", task.FormKey);
        Assert.InRange(task.DueAt!.Value - task.CreatedAt, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));

        Assert.True((await engine.CompleteUserTaskAsync(task.Key, "op", new JsonObject { ["decision"] = "approved", ["note"] = "diterima", ["decidedBy"] = "op@ams.test" })).Succeeded);

        // The host's workers submit the revocation, the embedded CA executes it, the poller reports it back.
        var request = await RevocationRequests.WaitForAsync(app, requestId, r => r.Enrollment is EnrollmentStates.Success or EnrollmentStates.Failed);
        Assert.Equal(EnrollmentStates.Success, request.Enrollment);
        Assert.Equal(VerificationStates.Approved, request.Verification);
        var certificate = await app.Services.GetRequiredService<Ams.Pki.Authority.CertificateAuthority>().FindBySerialAsync(request.SerialNumber);
        Assert.Equal("KEY_COMPROMISE", certificate!.RevocationReasonName);
        await WaitForEndAsync(task.ProcessInstanceId);
        Assert.Equal(["request-received", "request-approved", "certificate-revoked"], await MailTemplatesAsync(requestId));
    }

    [Fact]
    public async Task A_rejected_request_mails_the_holder_and_ends()
    {
        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", "UNSPECIFIED");
        var task = await WaitForTaskAsync(requestId);
        Assert.Equal(50, task.Priority);
        Assert.InRange(task.DueAt!.Value - task.CreatedAt, TimeSpan.FromMinutes(239), TimeSpan.FromMinutes(241));

        await engine.CompleteUserTaskAsync(task.Key, "op", new JsonObject { ["decision"] = "rejected", ["note"] = "data tidak sesuai", ["decidedBy"] = "op@ams.test" });

        var request = await RevocationRequests.WaitForAsync(app, requestId, r => r.Verification != VerificationStates.Pending);
        Assert.Equal(VerificationStates.Rejected, request.Verification);
        Assert.Equal(EnrollmentStates.None, request.Enrollment);
        await WaitForEndAsync(task.ProcessInstanceId);
        Assert.Equal(["request-received", "request-rejected"], await MailTemplatesAsync(requestId));
    }

    [Fact]
    public async Task The_verification_task_carries_a_reminder_timer_due_with_the_task()
    {
        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", "KEY_COMPROMISE");
        var task = await WaitForTaskAsync(requestId);

        var instance = await engine.GetInstanceAsync(task.ProcessInstanceId);
        var timer = Assert.Single(instance!.Timers);
        Assert.InRange(timer.DueAt - task.DueAt!.Value, TimeSpan.FromSeconds(-5), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task An_administrator_changes_the_verification_table_and_the_next_task_follows_it_without_a_new_process_version()
    {
        var admin = await app.SignInAsync("admin@ams.test");
        var shipped = await admin.GetStringAsync("/api/decisions/revocation-verification/versions/1/xml");
        var quicker = shipped.Replace("<text>\"PT4H\"</text>", "<text>\"PT2H\"</text>", StringComparison.Ordinal)
            .Replace("<text>50</text>", "<text>60</text>", StringComparison.Ordinal);
        var deployed = await admin.PostAsync("/api/decisions", new StringContent(quicker, System.Text.Encoding.UTF8, "application/xml"));
        Assert.Equal(System.Net.HttpStatusCode.Created, deployed.StatusCode);
        var processVersions = (await engine.Store.ListDefinitionsAsync(default)).Count(d => d.ProcessId == "revocation");

        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", "UNSPECIFIED");
        var task = await WaitForTaskAsync(requestId);

        Assert.Equal(60, task.Priority);
        Assert.InRange(task.DueAt!.Value - task.CreatedAt, TimeSpan.FromMinutes(119), TimeSpan.FromMinutes(121));
        var evaluated = Assert.Single(await engine.Store.GetHistoryAsync(task.ProcessInstanceId, default), h => h.Type == HistoryEventType.DecisionEvaluated);
        Assert.Equal("Task_VerificationTerms", evaluated.ElementId);
        Assert.Equal(processVersions, (await engine.Store.ListDefinitionsAsync(default)).Count(d => d.ProcessId == "revocation"));
    }

    public async ValueTask InitializeAsync()
    {
        await app.SignInAsync("admin@ams.test");
        engine = app.Services.GetRequiredService<WorkflowEngine>();
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<UserTaskRecord> WaitForTaskAsync(Guid requestId) =>
        await Eventually(async () => (await engine.Store.QueryUserTasksAsync(
            new UserTaskQuery { BusinessKey = requestId.ToString(), State = UserTaskState.Created }, default)).FirstOrDefault());

    private async Task WaitForEndAsync(Guid instanceId) =>
        await Eventually(async () => (await engine.GetInstanceAsync(instanceId))?.State == ProcessInstanceState.Completed ? "ended" : null);

    /// <summary>The templates of the mails queued for a request, in the order the process queued them.</summary>
    private async Task<List<string>> MailTemplatesAsync(Guid requestId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var payloads = await scope.ServiceProvider.GetRequiredService<AmsDbContext>().Database
            .SqlQueryRaw<string>("SELECT payload AS Value FROM wf_outbox WHERE topic = 'mail' ORDER BY created_at").ToListAsync();
        return payloads.Select(p => JsonNode.Parse(p)!)
            .Where(p => p["model"]!["requestId"]!.GetValue<string>() == requestId.ToString())
            .Select(p => p["template"]!.GetValue<string>())
            .ToList();
    }

    private static async Task<T> Eventually<T>(Func<Task<T?>> probe)
        where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (await probe() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, "The process did not get there in time.");
            await Task.Delay(100);
        }
    }
}
