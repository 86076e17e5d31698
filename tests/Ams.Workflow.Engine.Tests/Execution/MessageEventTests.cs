using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class MessageEventTests
{
    private static readonly string CatchModel = Bpmn.Definitions(
        Message("m", "enrollment-completed", "=requestId"),
        Chain("""<bpmn:intermediateCatchEvent id="wait"><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateCatchEvent>""", Service("after", "after")));

    [Fact]
    public async Task A_message_with_the_right_key_moves_only_its_own_instance_and_brings_its_variables()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(CatchModel);
        var mine = await engine.StartAsync("p", """{"requestId": "r-1"}""");
        var other = await engine.StartAsync("p", """{"requestId": "r-2"}""");

        var correlated = await engine.Engine.PublishMessageAsync("enrollment-completed", "r-1", EngineHarness.Json("""{"outcome": "success"}"""));

        Assert.Equal(1, correlated);
        var job = await engine.ActivateAsync("after");
        Assert.Equal(mine, job.ProcessInstanceId);
        Assert.Equal("success", job.Variables["outcome"]!.GetValue<string>());
        Assert.Single((await engine.InstanceAsync(other)).Subscriptions);
    }

    [Fact]
    public async Task A_message_published_before_the_subscription_is_lost_without_a_time_to_live()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(CatchModel);

        Assert.Equal(0, await engine.Engine.PublishMessageAsync("enrollment-completed", "r-1", null));
        var id = await engine.StartAsync("p", """{"requestId": "r-1"}""");

        Assert.Single((await engine.InstanceAsync(id)).Subscriptions);
    }

    [Fact]
    public async Task A_buffered_message_is_taken_by_the_subscription_that_opens_within_its_time_to_live()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(CatchModel);

        Assert.Equal(0, await engine.Engine.PublishMessageAsync("enrollment-completed", "r-1", EngineHarness.Json("""{"outcome": "early"}"""), TimeSpan.FromMinutes(5)));
        var id = await engine.StartAsync("p", """{"requestId": "r-1"}""");
        var second = await engine.StartAsync("p", """{"requestId": "r-1"}""");

        var instance = await engine.InstanceAsync(id);
        Assert.Empty(instance.Subscriptions);
        Assert.Equal("early", instance.Variables["outcome"]!.GetValue<string>());
        Assert.Single((await engine.InstanceAsync(second)).Subscriptions);
    }

    [Fact]
    public async Task An_expired_buffered_message_is_not_taken()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(CatchModel);

        await engine.Engine.PublishMessageAsync("enrollment-completed", "r-1", null, TimeSpan.FromMinutes(5));
        engine.Clock.Advance(TimeSpan.FromMinutes(6));
        var id = await engine.StartAsync("p", """{"requestId": "r-1"}""");

        Assert.Single((await engine.InstanceAsync(id)).Subscriptions);
    }

    [Fact]
    public async Task A_missing_correlation_key_variable_raises_an_incident_on_the_catch_event()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(CatchModel);

        var id = await engine.StartAsync("p");

        var incident = Assert.Single((await engine.InstanceAsync(id)).Incidents);
        Assert.Equal(IncidentType.ExtractValueError, incident.Type);
        Assert.Equal("wait", incident.ElementId);
    }

    [Fact]
    public async Task An_interrupting_message_boundary_event_withdraws_the_job()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(
            Message("m", "cancel", "=orderId"),
            Chain(Service("work", "work"))
            + """<bpmn:boundaryEvent id="cancelled" attachedToRef="work"><bpmn:messageEventDefinition messageRef="m" /></bpmn:boundaryEvent>"""
            + End("cancelEnd") + Flow("fc", "cancelled", "cancelEnd")));
        var id = await engine.StartAsync("p", """{"orderId": 42}""");

        Assert.Equal(1, await engine.Engine.PublishMessageAsync("cancel", "42", null));

        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(id)).State);
        Assert.Empty(await engine.Engine.ActivateJobsAsync("work", 1, "w", TimeSpan.FromMinutes(1)));
        Assert.Contains("cancelEnd", await engine.CompletedElementsAsync(id));
    }
}
