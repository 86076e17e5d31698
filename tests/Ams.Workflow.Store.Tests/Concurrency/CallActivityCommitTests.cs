using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
using Ams.Workflow.Engine.Tests;
using Ams.Workflow.Engine.Tests.Execution;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Store.Tests.Concurrency;

/// <summary>A call activity's parent and child change in one command, so they are committed in one transaction.</summary>
public sealed class CallActivityCommitTests
{
    private const string MultiInstanceCall =
        """
        <bpmn:callActivity id="call">
          <bpmn:extensionElements>
            <zeebe:calledElement processId="child" propagateAllChildVariables="false" />
            <zeebe:ioMapping><zeebe:output source="=doubled" target="doubled" /></zeebe:ioMapping>
          </bpmn:extensionElements>
          <bpmn:multiInstanceLoopCharacteristics>
            <bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=items" inputElement="item" outputCollection="results" outputElement="=doubled" /></bpmn:extensionElements>
          </bpmn:multiInstanceLoopCharacteristics>
        </bpmn:callActivity>
        """;

    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task Changes_to_several_instances_land_together_or_not_at_all(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var store = database.OpenStore();
        var engine = new EngineHarness(store);
        await engine.DeployAsync(Bpmn.Process(Chain(User("verify"))));
        var first = await store.LoadInstanceAsync(await engine.StartAsync("p"), CancellationToken.None);
        var second = await store.LoadInstanceAsync(await engine.StartAsync("p"), CancellationToken.None);
        var firstRevision = first!.Revision;

        // Another command writes the second instance after both were read.
        var stale = InstanceSerializer.Deserialize(InstanceSerializer.Serialize(second!));
        await store.CommitAsync(Bumped(second!), CancellationToken.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.CommitTogetherAsync([Bumped(first), Bumped(stale)], CancellationToken.None));

        Assert.Equal(firstRevision, (await store.LoadInstanceAsync(first.Id, CancellationToken.None))!.Revision);
    }

    /// <summary>
    /// Each child's end completes one inner call activity of the parent in the child's own command; children ending at
    /// once on two nodes race for the parent, and the loser is retried on the parent's new revision, so the parent
    /// collects every result exactly once and moves on once.
    /// </summary>
    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task Children_ending_at_once_on_two_nodes_each_reach_the_parent_exactly_once(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var engine = new EngineHarness(database.OpenStore());
        await engine.DeployAsync(Bpmn.Process(Chain(Service("work", "work")), "child"));
        await engine.DeployAsync(Bpmn.Process(Chain(MultiInstanceCall, Service("after", "after"))));
        var other = new WorkflowEngine(database.OpenStore(), clock: engine.Clock);
        for (var round = 0; round < 3; round++)
        {
            var id = await engine.StartAsync("p", """{"items": [1, 2]}""");
            var jobs = await engine.Engine.ActivateJobsAsync("work", 10, EngineHarness.Worker, TimeSpan.FromMinutes(5));
            Assert.Equal(2, jobs.Count);

            var results = await Task.WhenAll(jobs.Select((job, i) => Task.Run(() =>
                (i == 0 ? engine.Engine : other).CompleteJobAsync(job.Key, EngineHarness.Worker,
                    EngineHarness.Json($$"""{"doubled": {{job.Variables["item"]!.GetValue<int>() * 2}}}""")))));

            Assert.All(results, r => Assert.True(r.Succeeded, r.Message));
            var parent = await engine.InstanceAsync(id);
            Assert.Equal("[2,4]", parent.Variables["results"]!.ToJsonString());
            Assert.Single(parent.Jobs, j => j.ElementId == "after");
            Assert.Equal(2, (await engine.HistoryAsync(id)).Count(h => h.Type == HistoryEventType.CalledInstanceStarted));
        }
    }

    private static InstanceChanges Bumped(ProcessInstance instance)
    {
        var changes = new InstanceChanges(instance, instance.Revision);
        instance.Revision++;
        instance.Variables["touched"] = true;
        return changes;
    }
}
