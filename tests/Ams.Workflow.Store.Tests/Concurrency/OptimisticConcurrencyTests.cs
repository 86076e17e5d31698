using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
using Ams.Workflow.Engine.Tests;
using Ams.Workflow.Engine.Tests.Execution;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Store.Tests.Concurrency;

public sealed class OptimisticConcurrencyTests
{
    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task Two_concurrent_completions_of_one_task_give_one_success_and_one_conflict(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var engine = new EngineHarness(database.OpenStore());
        await engine.DeployAsync(Bpmn.Process(Chain(User("verify"), Service("enroll", "enroll"))));
        var id = await engine.StartAsync("p");
        var task = await engine.OpenTaskAsync(id);
        var other = new WorkflowEngine(database.OpenStore(), clock: engine.Clock);

        var results = await Task.WhenAll(
            Task.Run(() => engine.Engine.CompleteUserTaskAsync(task.Key, "op", EngineHarness.Json("""{"decision":"approved"}"""))),
            Task.Run(() => other.CompleteUserTaskAsync(task.Key, "op2", EngineHarness.Json("""{"decision":"rejected"}"""))));

        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.Status == CommandStatus.Conflict);
        var history = await engine.HistoryAsync(id);
        Assert.Single(history, h => h.Type == HistoryEventType.UserTaskCompleted);
        Assert.Single(await engine.Engine.ActivateJobsAsync("enroll", 10, "w", TimeSpan.FromMinutes(1)));
    }

    /// <summary>
    /// One person completing two separated parallel tasks at once, on two nodes. Each command checks the separation on the
    /// instance it loaded, and both loaded the same revision, so both checks pass; but each commit requires that revision
    /// to be unchanged, so only the first commit lands and the other is a conflict (or, had it loaded after the first
    /// commit, it sees the recorded completer and is refused). Never both.
    /// </summary>
    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task Two_concurrent_completions_of_separated_tasks_by_one_person_let_exactly_one_through(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var engine = new EngineHarness(database.OpenStore());
        await engine.DeployAsync(SeparatedModels.ParallelApprovals);
        var other = new WorkflowEngine(database.OpenStore(), clock: engine.Clock);
        for (var round = 0; round < 5; round++)
        {
            var id = await engine.StartAsync("p");
            var legal = await engine.OpenTaskAsync(id, "legal");
            var security = await engine.OpenTaskAsync(id, "security");

            var results = await Task.WhenAll(
                Task.Run(() => engine.Engine.CompleteUserTaskAsync(legal.Key, "op", null)),
                Task.Run(() => other.CompleteUserTaskAsync(security.Key, "op", null)));

            Assert.Single(results, r => r.Succeeded);
            Assert.Single(results, r => r.Status is CommandStatus.Conflict or CommandStatus.Refused);
            Assert.Single(await engine.HistoryAsync(id), h => h.Type == HistoryEventType.UserTaskCompleted);
            var open = Assert.Single((await engine.InstanceAsync(id)).UserTasks);

            // Who completed the winner is stored with the instance, so a retry by the same person is refused on any node.
            Assert.Equal(CommandStatus.Refused, (await other.CompleteUserTaskAsync(open.Key, "op", null)).Status);
            Assert.True((await other.CompleteUserTaskAsync(open.Key, "op2", null)).Succeeded);
        }
    }

    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task A_commit_based_on_a_stale_revision_is_refused_and_writes_nothing(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var store = database.OpenStore();
        var engine = new EngineHarness(store);
        await engine.DeployAsync(Bpmn.Process(Chain(User("verify"))));
        var id = await engine.StartAsync("p");
        var stale = (await store.LoadInstanceAsync(id, default))!;
        await engine.CompleteTaskAsync(id);

        stale.Revision++;
        var changes = new InstanceChanges(stale, expectedRevision: stale.Revision - 1);
        changes.History.Add(new HistoryEvent(id, HistoryEventType.VariablesUpdated, null, null, "stale", DateTimeOffset.UtcNow, "should not land"));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(changes, default));
        Assert.DoesNotContain(await store.GetHistoryAsync(id, default), h => h.Actor == "stale");
        Assert.Equal(ProcessInstanceState.Completed, (await store.LoadInstanceAsync(id, default))!.State);
    }

    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task Two_concurrent_correlations_of_one_message_never_advance_an_instance_twice(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var engine = new EngineHarness(database.OpenStore());
        await engine.DeployAsync(Bpmn.Definitions(
            Message("m", "enrollment-completed", "=requestId"),
            Chain("""<bpmn:intermediateCatchEvent id="wait"><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateCatchEvent>""", Service("record", "record"))));
        var id = await engine.StartAsync("p", """{"requestId":"r-1"}""");
        var nodes = Enumerable.Range(0, 4).Select(_ => new WorkflowEngine(database.OpenStore(), clock: engine.Clock)).ToList();

        var correlated = await Task.WhenAll(nodes.Select(node => Task.Run(() => node.PublishMessageAsync("enrollment-completed", "r-1", null))));

        Assert.Equal(1, correlated.Sum());
        Assert.Single(await engine.HistoryAsync(id), h => h.Type == HistoryEventType.MessageCorrelated);
        Assert.Single(await engine.Engine.ActivateJobsAsync("record", 10, "w", TimeSpan.FromMinutes(1)));
    }

    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task The_job_created_by_a_step_is_written_in_the_same_transaction_as_the_step(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var store = database.OpenStore();
        var engine = new EngineHarness(store);
        await engine.DeployAsync(Bpmn.Process(Chain(User("verify"), Service("enroll", "enroll"))));
        var id = await engine.StartAsync("p");
        await engine.CompleteTaskAsync(id);

        var instance = await engine.InstanceAsync(id);
        var job = Assert.Single(instance.Jobs);
        Assert.Equal(job.Key, (await store.FindJobAsync(job.Key, default))!.Key);
        Assert.Contains(await store.GetHistoryAsync(id, default), h => h.Type == HistoryEventType.JobCreated && h.ElementId == "enroll");
    }

}
