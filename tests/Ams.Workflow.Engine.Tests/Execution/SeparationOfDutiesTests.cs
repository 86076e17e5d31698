using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;
using static Ams.Workflow.Engine.Tests.Execution.SeparatedModels;

namespace Ams.Workflow.Engine.Tests.Execution;

/// <summary>A user task declares with task headers who may not take it; the engine checks it in the claiming or completing command.</summary>
public sealed class SeparationOfDutiesTests
{
    private static readonly string SequenceSeparated = Bpmn.Process(Chain(User("verify"), User("approve", Headers(("separateFrom", "verify")))));

    [Fact]
    public async Task Whoever_completed_the_named_task_may_neither_claim_nor_complete_this_one()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(SequenceSeparated);
        var id = await engine.StartAsync("p");
        await engine.CompleteTaskAsync(id, user: "alice", elementId: "verify");
        var approve = await engine.OpenTaskAsync(id, "approve");

        var claim = await engine.Engine.ClaimUserTaskAsync(approve.Key, "alice");
        var complete = await engine.Engine.CompleteUserTaskAsync(approve.Key, "alice", null);

        Assert.Equal(CommandStatus.Refused, claim.Status);
        Assert.Equal(CommandStatus.Refused, complete.Status);
        Assert.Equal("separateFrom", complete.Rule);
        Assert.Contains("'verify'", complete.Message, StringComparison.Ordinal);
        Assert.Null((await engine.OpenTaskAsync(id, "approve")).Assignee);
        Assert.True((await engine.Engine.CompleteUserTaskAsync(approve.Key, "bob", null)).Succeeded);
        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(id)).State);
    }

    [Fact]
    public async Task Without_a_declaration_one_person_completes_every_task_of_an_instance()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(User("verify"), User("approve"))));
        var id = await engine.StartAsync("p", """{"requesterId":"alice"}""");

        await engine.CompleteTaskAsync(id, user: "alice", elementId: "verify");
        await engine.CompleteTaskAsync(id, user: "alice", elementId: "approve");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Null(instance.SeparatedCompletions);
    }

    [Theory]
    [InlineData("", "requesterId")]
    [InlineData("""<zeebe:header key="requesterVariable" value="holder" />""", "holder")]
    public async Task The_requester_named_by_a_process_variable_may_not_take_the_task(string variableHeader, string variable)
    {
        var engine = new EngineHarness();
        var extensions = Headers(("separateFromRequester", "true")).Replace("</zeebe:taskHeaders>", variableHeader + "</zeebe:taskHeaders>", StringComparison.Ordinal);
        await engine.DeployAsync(Bpmn.Process(Chain(User("verify", extensions))));
        var id = await engine.StartAsync("p", $$"""{"{{variable}}":"alice"}""");
        var task = await engine.OpenTaskAsync(id);

        var claim = await engine.Engine.ClaimUserTaskAsync(task.Key, "alice");
        var complete = await engine.Engine.CompleteUserTaskAsync(task.Key, "alice", null);

        Assert.Equal(CommandStatus.Refused, claim.Status);
        Assert.Equal(CommandStatus.Refused, complete.Status);
        Assert.Equal("separateFromRequester", complete.Rule);
        Assert.Contains($"'{variable}'", complete.Message, StringComparison.Ordinal);
        Assert.True((await engine.Engine.CompleteUserTaskAsync(task.Key, "bob", null)).Succeeded);
    }

    [Fact]
    public async Task The_declaration_binds_both_tasks_whichever_is_completed_first()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(ParallelApprovals);
        var first = await engine.StartAsync("p");
        var second = await engine.StartAsync("p");

        // security declares nothing, yet its completer may not take legal, and legal's completer may not take security.
        await engine.CompleteTaskAsync(first, user: "alice", elementId: "security");
        await engine.CompleteTaskAsync(second, user: "alice", elementId: "legal");

        Assert.Equal(CommandStatus.Refused, (await engine.Engine.CompleteUserTaskAsync((await engine.OpenTaskAsync(first, "legal")).Key, "alice", null)).Status);
        Assert.Equal(CommandStatus.Refused, (await engine.Engine.CompleteUserTaskAsync((await engine.OpenTaskAsync(second, "security")).Key, "alice", null)).Status);
    }

    [Fact]
    public async Task Holding_one_of_two_separated_parallel_tasks_bars_taking_the_other()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(ParallelApprovals);
        var id = await engine.StartAsync("p");
        var legal = await engine.OpenTaskAsync(id, "legal");
        var security = await engine.OpenTaskAsync(id, "security");
        Assert.True((await engine.Engine.ClaimUserTaskAsync(legal.Key, "alice")).Succeeded);

        Assert.Equal(CommandStatus.Refused, (await engine.Engine.ClaimUserTaskAsync(security.Key, "alice")).Status);
        Assert.Equal(CommandStatus.Refused, (await engine.Engine.CompleteUserTaskAsync(security.Key, "alice", null)).Status);
        Assert.True((await engine.Engine.CompleteUserTaskAsync(security.Key, "bob", null)).Succeeded);
        Assert.True((await engine.Engine.CompleteUserTaskAsync(legal.Key, "alice", null)).Succeeded);
    }

    [Fact]
    public async Task Completing_a_completed_task_is_a_conflict_even_for_someone_the_declaration_keeps_out()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(User("verify", Headers(("separateFromRequester", "true"))), User("after"))));
        var id = await engine.StartAsync("p", """{"requesterId":"alice"}""");
        var verify = await engine.OpenTaskAsync(id, "verify");
        Assert.True((await engine.Engine.CompleteUserTaskAsync(verify.Key, "bob", null)).Succeeded);

        Assert.Equal(CommandStatus.Conflict, (await engine.Engine.CompleteUserTaskAsync(verify.Key, "alice", null)).Status);
        Assert.Equal(CommandStatus.Conflict, (await engine.Engine.CompleteUserTaskAsync(verify.Key, "bob", null)).Status);
    }

    [Fact]
    public async Task Two_racing_completions_of_separated_tasks_by_one_person_let_exactly_one_through()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(ParallelApprovals);
        var other = new WorkflowEngine(engine.Store, clock: engine.Clock);
        for (var round = 0; round < 20; round++)
        {
            var id = await engine.StartAsync("p");
            var legal = await engine.OpenTaskAsync(id, "legal");
            var security = await engine.OpenTaskAsync(id, "security");

            var results = await Task.WhenAll(
                Task.Run(() => engine.Engine.CompleteUserTaskAsync(legal.Key, "alice", null)),
                Task.Run(() => other.CompleteUserTaskAsync(security.Key, "alice", null)));

            // The loser either lost the commit (a conflict) or ran after the winner and was refused: never both through.
            Assert.Single(results, r => r.Succeeded);
            Assert.Single(results, r => r.Status is CommandStatus.Conflict or CommandStatus.Refused);
            Assert.Single((await engine.InstanceAsync(id)).UserTasks);
        }
    }
}
