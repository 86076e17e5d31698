using System.Text.Json.Nodes;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests.Workflows;

/// <summary>The shipped <c>workflows/revocation.bpmn</c>, deployed by the host at start-up and driven through its steps.</summary>
public sealed class RevocationModelTests : IAsyncLifetime
{
    private readonly AmsWebApplication app = new(ShippedWorkflows());
    private WorkflowEngine engine = null!;

    [Fact]
    public async Task An_approved_revocation_runs_from_request_to_revoked_mail()
    {
        var id = await StartAsync("KEY_COMPROMISE");
        await CompleteJobAsync("mail.send", "request-received");

        var task = Assert.Single(await engine.Store.QueryUserTasksAsync(new UserTaskQuery { ProcessInstanceId = id, State = UserTaskState.Created }, default));
        Assert.Equal("Task_Verify", task.ElementId);
        Assert.Equal(["verifier"], task.CandidateGroups);
        Assert.Equal(90, task.Priority);
        Assert.Equal("verification", task.FormKey);
        Assert.InRange(task.DueAt!.Value - task.CreatedAt, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));

        Assert.True((await engine.CompleteUserTaskAsync(task.Key, "op", new JsonObject { ["decision"] = "approved", ["note"] = "diterima" })).Succeeded);
        await CompleteJobAsync("request.record-decision");
        await CompleteJobAsync("mail.send", "approved");
        await CompleteJobAsync("pki.enroll-revocation");
        Assert.Equal(1, await engine.PublishMessageAsync("enrollment-completed", "req-1", new JsonObject { ["enrollmentStatus"] = "success" }));
        await CompleteJobAsync("request.record-enrollment");
        await CompleteJobAsync("mail.send", "certificate-revoked");

        var instance = await engine.GetInstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance!.State);
        Assert.Contains(await engine.Store.GetHistoryAsync(id, default), h => h.ElementId == "End_Revoked" && h.Type == HistoryEventType.ElementCompleted);
    }

    [Fact]
    public async Task A_rejected_request_mails_the_holder_and_ends()
    {
        var id = await StartAsync("UNSPECIFIED");
        await CompleteJobAsync("mail.send", "request-received");
        var task = Assert.Single(await engine.Store.QueryUserTasksAsync(new UserTaskQuery { ProcessInstanceId = id, State = UserTaskState.Created }, default));
        Assert.Equal(50, task.Priority);
        Assert.InRange(task.DueAt!.Value - task.CreatedAt, TimeSpan.FromMinutes(239), TimeSpan.FromMinutes(241));

        await engine.CompleteUserTaskAsync(task.Key, "op", new JsonObject { ["decision"] = "rejected", ["note"] = "data tidak sesuai" });
        await CompleteJobAsync("request.record-decision");
        await CompleteJobAsync("mail.send", "rejected");

        Assert.Equal(ProcessInstanceState.Completed, (await engine.GetInstanceAsync(id))!.State);
    }

    [Fact]
    public async Task The_verification_task_carries_a_reminder_timer_due_with_the_task()
    {
        var id = await StartAsync("KEY_COMPROMISE");
        await CompleteJobAsync("mail.send", "request-received");

        var instance = await engine.GetInstanceAsync(id);
        var timer = Assert.Single(instance!.Timers);
        var task = Assert.Single(instance.UserTasks);
        Assert.InRange(timer.DueAt - task.DueAt!.Value, TimeSpan.FromSeconds(-5), TimeSpan.FromSeconds(5));
    }

    public async ValueTask InitializeAsync()
    {
        await app.SignInAsync("admin@ams.test");
        engine = app.Services.GetRequiredService<WorkflowEngine>();
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<Guid> StartAsync(string reason)
    {
        var started = await engine.StartInstanceAsync("revocation", new JsonObject
        {
            ["requestId"] = "req-1",
            ["serialNumber"] = "14a6e6b5ef3449ec",
            ["reason"] = reason,
            ["requesterId"] = "holder-1",
            ["holderEmail"] = "holder@ams.test",
        });
        Assert.True(started.Succeeded, started.Message);
        return started.Value;
    }

    private async Task CompleteJobAsync(string type, string? template = null)
    {
        var job = Assert.Single(await engine.ActivateJobsAsync(type, 10, "test", TimeSpan.FromMinutes(1)));
        if (template is not null)
        {
            Assert.Equal(template, job.Variables["template"]!.GetValue<string>());
            Assert.Equal("holder@ams.test", job.Variables["to"]!.GetValue<string>());
        }

        Assert.True((await engine.CompleteJobAsync(job.Key, "test", null)).Succeeded);
    }

    private static string ShippedWorkflows()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Ams.Workflow.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("The repository root was not found."), "workflows");
    }
}
