using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class EventBasedGatewayTests
{
    private static readonly string Model = Bpmn.Definitions(
        Message("m", "payment-received", "=orderId"),
        Start() + """<bpmn:eventBasedGateway id="gw" />"""
        + """<bpmn:intermediateCatchEvent id="paid"><bpmn:extensionElements><zeebe:ioMapping><zeebe:output source="=amount" target="paidAmount" /></zeebe:ioMapping></bpmn:extensionElements><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateCatchEvent>"""
        + """<bpmn:intermediateCatchEvent id="late"><bpmn:timerEventDefinition><bpmn:timeDuration>P3D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>"""
        + Service("ship", "ship") + Service("remind", "remind") + End("e1") + End("e2")
        + Flow("f0", "start", "gw") + Flow("toPaid", "gw", "paid") + Flow("toLate", "gw", "late")
        + Flow("f1", "paid", "ship") + Flow("f2", "late", "remind") + Flow("f3", "ship", "e1") + Flow("f4", "remind", "e2"));

    [Fact]
    public async Task Waits_for_the_message_and_the_timer_at_once()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Model);

        var id = await engine.StartAsync("p", """{"orderId": "o-1"}""");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal("gw", Assert.Single(instance.Elements).ElementId);
        Assert.Equal("paid", Assert.Single(instance.Subscriptions).ElementId);
        Assert.Equal("late", Assert.Single(instance.Timers).ElementId);
    }

    [Fact]
    public async Task The_message_arriving_first_wins_brings_its_variables_and_withdraws_the_timer()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Model);
        var id = await engine.StartAsync("p", """{"orderId": "o-1"}""");

        Assert.Equal(1, await engine.Engine.PublishMessageAsync("payment-received", "o-1", EngineHarness.Json("""{"amount": 120}""")));

        var instance = await engine.InstanceAsync(id);
        Assert.Empty(instance.Timers);
        Assert.Empty(instance.Subscriptions);
        Assert.Empty(await engine.Store.FindDueTimersAsync(engine.Clock.GetUtcNow().AddDays(10), 10, default));
        Assert.Equal(120, instance.Variables["paidAmount"]!.GetValue<decimal>());
        Assert.Equal(["start", "gw", "paid"], await engine.CompletedElementsAsync(id));
        Assert.DoesNotContain((HistoryEventType.SequenceFlowTaken, "toLate"), await engine.HistoryAsync(id));
        await engine.CompleteJobAsync("ship");
        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(id)).State);
    }

    [Fact]
    public async Task The_timer_firing_first_wins_and_withdraws_the_subscription()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Model);
        var id = await engine.StartAsync("p", """{"orderId": "o-1"}""");

        engine.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await engine.FireDueTimersAsync());

        var instance = await engine.InstanceAsync(id);
        Assert.Empty(instance.Subscriptions);
        Assert.Empty(await engine.Store.FindSubscriptionsAsync("payment-received", "o-1", default));
        Assert.Equal(0, await engine.Engine.PublishMessageAsync("payment-received", "o-1", null));
        Assert.Equal("remind", Assert.Single(instance.Jobs).ElementId);
        Assert.Contains("late", await engine.CompletedElementsAsync(id));
        Assert.DoesNotContain("paid", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Cancelling_the_instance_withdraws_every_event_of_the_gateway()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Model);
        var id = await engine.StartAsync("p", """{"orderId": "o-1"}""");

        Assert.True((await engine.Engine.CancelInstanceAsync(id, "admin")).Succeeded);

        Assert.Empty(await engine.Store.FindSubscriptionsAsync("payment-received", "o-1", default));
        Assert.Empty(await engine.Store.FindDueTimersAsync(engine.Clock.GetUtcNow().AddDays(10), 10, default));
    }

    [Fact]
    public async Task A_gateway_leading_to_anything_but_a_message_or_timer_catch_event_is_refused()
    {
        var engine = new EngineHarness();

        var result = await engine.Engine.DeployAsync(Bpmn.Process(
            Start() + """<bpmn:eventBasedGateway id="gw" /><bpmn:intermediateCatchEvent id="late"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>"""
            + Service("task", "task") + End("e1") + End("e2")
            + Flow("f0", "start", "gw") + Flow("toLate", "gw", "late") + Flow("toTask", "gw", "task")
            + Flow("f1", "late", "e1") + Flow("f2", "task", "e2")), "tester");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.ElementId == "toTask" && p.Message.Contains("event-based gateway", StringComparison.Ordinal));
    }
}
