using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Tests;
using Ams.Workflow.Engine.Tests.Execution;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Store.Tests.Signals;

/// <summary>Signal start events and signal subscriptions survive in the database and a broadcast finds them by name.</summary>
public sealed class SignalStoreTests
{
    private const string Alert = """<bpmn:signal id="s" name="alert" />""";

    private static readonly string Starter = Bpmn.Definitions(Alert,
        """<bpmn:startEvent id="start"><bpmn:signalEventDefinition signalRef="s" /></bpmn:startEvent>""" + Service("work", "work") + End()
        + Flow("f1", "start", "work") + Flow("f2", "work", "end"), "starter");

    private static readonly string Catcher = Bpmn.Definitions(Alert,
        Chain("""<bpmn:intermediateCatchEvent id="wait"><bpmn:signalEventDefinition signalRef="s" /></bpmn:intermediateCatchEvent>""", Service("after", "after")),
        "catcher");

    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task A_broadcast_on_a_store_opened_anew_starts_the_latest_signal_start_process_and_triggers_each_waiting_instance(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var engine = new EngineHarness(database.OpenStore());
        await engine.DeployAsync(Starter);
        await engine.DeployAsync(Catcher);
        var waiting = new[] { await engine.StartAsync("catcher"), await engine.StartAsync("catcher") };
        var node = new WorkflowEngine(database.OpenStore(), clock: engine.Clock);
        Assert.Equal(2, (await node.Store.FindSignalSubscriptionsAsync("alert", default)).Count);
        Assert.Single(await node.Store.FindSignalStartDefinitionsAsync("alert", default));

        var result = await node.BroadcastSignalAsync("alert", EngineHarness.Json("""{"level": 2}"""));

        Assert.Equal(new SignalBroadcastResult(1, 2), result);
        Assert.Empty(await node.Store.FindSignalSubscriptionsAsync("alert", default));
        foreach (var id in waiting)
        {
            Assert.Equal(2, (await engine.InstanceAsync(id)).Variables["level"]!.GetValue<int>());
        }

        Assert.Single(await engine.Engine.ActivateJobsAsync("work", 10, "w", TimeSpan.FromMinutes(1)));
        Assert.Equal(2, (await engine.Engine.ActivateJobsAsync("after", 10, "w", TimeSpan.FromMinutes(1))).Count);
    }

    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task A_new_version_without_the_signal_start_event_withdraws_the_previous_one(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var engine = new EngineHarness(database.OpenStore());
        await engine.DeployAsync(Starter);

        await engine.DeployAsync(Bpmn.Process(Chain(Service("work", "work")), "starter"));

        Assert.Empty(await engine.Store.FindSignalStartDefinitionsAsync("alert", default));
        Assert.Equal(new SignalBroadcastResult(0, 0), await engine.Engine.BroadcastSignalAsync("alert", null));
    }

    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task A_cancelled_instance_leaves_no_signal_subscription_behind(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var engine = new EngineHarness(database.OpenStore());
        await engine.DeployAsync(Catcher);
        var id = await engine.StartAsync("catcher");

        Assert.True((await engine.Engine.CancelInstanceAsync(id, "operator")).Succeeded);

        Assert.Empty(await engine.Store.FindSignalSubscriptionsAsync("alert", default));
        Assert.Equal(ProcessInstanceState.Terminated, (await engine.InstanceAsync(id)).State);
    }
}
