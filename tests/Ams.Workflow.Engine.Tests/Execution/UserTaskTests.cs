using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class UserTaskTests
{
    [Fact]
    public async Task Goes_through_created_claimed_unclaimed_and_completed()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(User("verify"))));
        var id = await engine.StartAsync("p");

        var task = await engine.OpenTaskAsync(id);
        Assert.Null(task.Assignee);
        Assert.Equal(["verifier"], task.CandidateGroups);
        Assert.True((await engine.Engine.ClaimUserTaskAsync(task.Key, "op")).Succeeded);
        Assert.Equal("op", (await engine.OpenTaskAsync(id)).Assignee);
        Assert.True((await engine.Engine.UnclaimUserTaskAsync(task.Key, "op")).Succeeded);
        Assert.Null((await engine.OpenTaskAsync(id)).Assignee);
        Assert.True((await engine.Engine.CompleteUserTaskAsync(task.Key, "op2", EngineHarness.Json("""{"decision":"approved"}"""))).Succeeded);

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Equal("approved", instance.Variables["decision"]!.GetValue<string>());
        var done = await engine.Store.FindUserTaskAsync(task.Key, default);
        Assert.Equal(UserTaskState.Completed, done!.State);
        Assert.Equal("op2", done.CompletedBy);
        var types = (await engine.HistoryAsync(id)).Select(h => h.Type).ToList();
        Assert.Equal(
            [HistoryEventType.UserTaskCreated, HistoryEventType.UserTaskClaimed, HistoryEventType.UserTaskUnclaimed, HistoryEventType.UserTaskCompleted],
            types.Where(t => t.ToString().StartsWith("UserTask", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_task_claimed_by_someone_else_cannot_be_claimed_or_completed()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(User("verify"))));
        var id = await engine.StartAsync("p");
        var task = await engine.OpenTaskAsync(id);
        await engine.Engine.ClaimUserTaskAsync(task.Key, "op");

        Assert.Equal(CommandStatus.Conflict, (await engine.Engine.ClaimUserTaskAsync(task.Key, "op2")).Status);
        Assert.Equal(CommandStatus.Conflict, (await engine.Engine.CompleteUserTaskAsync(task.Key, "op2", null)).Status);
        Assert.Equal(ProcessInstanceState.Active, (await engine.InstanceAsync(id)).State);
    }

    [Fact]
    public async Task Completing_twice_gives_a_conflict_the_second_time()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(User("verify"))));
        var id = await engine.StartAsync("p");
        var task = await engine.OpenTaskAsync(id);

        Assert.True((await engine.Engine.CompleteUserTaskAsync(task.Key, "op", null)).Succeeded);
        Assert.Equal(CommandStatus.Conflict, (await engine.Engine.CompleteUserTaskAsync(task.Key, "op", null)).Status);
    }

    [Fact]
    public async Task Carries_assignee_candidates_priority_and_a_due_date_computed_by_FEEL()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(User("verify", """
            <zeebe:assignmentDefinition assignee="=owner" candidateGroups="verifier, admin" candidateUsers="=[&quot;op&quot;, &quot;op2&quot;]" />
            <zeebe:taskSchedule dueDate="=now() + duration(&quot;PT4H&quot;)" followUpDate="2030-10-01T12:00:00Z" />
            <zeebe:priorityDefinition priority="80" />
            <zeebe:formDefinition formId="verification" />
            """))));

        var id = await engine.StartAsync("p", """{"owner": "op"}""");

        var task = await engine.OpenTaskAsync(id);
        Assert.Equal("op", task.Assignee);
        Assert.Equal(["verifier", "admin"], task.CandidateGroups);
        Assert.Equal(["op", "op2"], task.CandidateUsers);
        Assert.Equal(engine.Clock.GetUtcNow().AddHours(4), task.DueAt);
        Assert.Equal(new DateTimeOffset(2030, 10, 1, 12, 0, 0, TimeSpan.Zero), task.FollowUpAt);
        Assert.Equal(80, task.Priority);
        Assert.Equal("verification", task.FormKey);
    }

    [Fact]
    public async Task The_inbox_shows_a_user_only_the_tasks_of_their_groups_highest_priority_first()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(User("verify", """<zeebe:assignmentDefinition candidateGroups="verifier" /><zeebe:priorityDefinition priority="=p" />""")), "verification"));
        await engine.DeployAsync(Bpmn.Process(Chain(User("admin", """<zeebe:assignmentDefinition candidateGroups="admin" />""")), "administration"));
        var low = await engine.StartAsync("verification", """{"p": 10}""");
        var high = await engine.StartAsync("verification", """{"p": 90}""");
        await engine.StartAsync("administration");

        var inbox = await engine.Store.QueryUserTasksAsync(new UserTaskQuery { State = UserTaskState.Created, CandidateUser = "op", CandidateGroups = ["verifier"] }, default);

        Assert.Equal([high, low], inbox.Select(t => t.ProcessInstanceId));
    }
}
