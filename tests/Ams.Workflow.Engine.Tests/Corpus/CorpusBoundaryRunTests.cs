using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Tests.Execution;

namespace Ams.Workflow.Engine.Tests.Corpus;

/// <summary>
/// The quarkus diagram_1 model, run as SOURCES.md describes: three start events (none, message, timer date),
/// timer, error and message boundaries, and exclusive gateways used only as merges.
/// </summary>
public sealed class CorpusBoundaryRunTests
{
    private const string Diagram1 = "quarkiverse__quarkus-zeebe__diagram_1.bpmn";
    private const string Diagram1Variables = """{"ck":"k1","ck99":"k99"}""";

    [Fact]
    public async Task Diagram_1_short_run_ends_when_S1_completes_in_time()
    {
        var engine = await CorpusRun.DeployAsync(Diagram1);
        var id = await engine.StartAsync("Process_1cnt2zo012", Diagram1Variables);

        engine.Clock.Advance(TimeSpan.FromSeconds(14));
        Assert.Equal(0, await engine.FireDueTimersAsync());
        await engine.CompleteJobAsync("S1");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_0jedokp");
        Assert.Empty((await engine.InstanceAsync(id)).Timers);
        Assert.DoesNotContain("Event_0g7dosp", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Diagram_1_S1_timeout_goes_through_the_merge_to_Message99_and_on()
    {
        var engine = await CorpusRun.DeployAsync(Diagram1);
        var id = await engine.StartAsync("Process_1cnt2zo012", Diagram1Variables);

        engine.Clock.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(1, await engine.FireDueTimersAsync());
        Assert.Contains((HistoryEventType.ElementTerminated, "Activity_17582zx"), await engine.HistoryAsync(id));
        await CorpusRun.AssertNoJobAsync(engine, "S1");

        await RunFromMessage99Async(engine, id);
        Assert.Contains("Event_18909wy343", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Diagram_1_error_1234_from_S1_goes_through_the_merge_to_Message99_and_on()
    {
        var engine = await CorpusRun.DeployAsync(Diagram1);
        var id = await engine.StartAsync("Process_1cnt2zo012", Diagram1Variables);

        var s1 = await engine.ActivateAsync("S1");
        Assert.True((await engine.Engine.ThrowErrorAsync(s1.Key, EngineHarness.Worker, "1234", null)).Succeeded);
        Assert.Empty((await engine.InstanceAsync(id)).Timers);

        await RunFromMessage99Async(engine, id);
        Assert.Contains("Event_1a65qr6", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Diagram_1_message_boundary_on_Name1_interrupts_S2()
    {
        var engine = await CorpusRun.DeployAsync(Diagram1);
        var id = await engine.StartAsync("Process_1cnt2zo012", Diagram1Variables);
        var s1 = await engine.ActivateAsync("S1");
        await engine.Engine.ThrowErrorAsync(s1.Key, EngineHarness.Worker, "1234", null);
        Assert.Equal(1, await engine.Engine.PublishMessageAsync("Message99", "k99", null));

        var subscription = Assert.Single((await engine.InstanceAsync(id)).Subscriptions);
        Assert.Equal(("Event_0wzmbzu", "Message_0m8sqom", "k1"), (subscription.ElementId, subscription.MessageName, subscription.CorrelationKey));
        Assert.Equal(0, await engine.Engine.PublishMessageAsync("Message_0m8sqom", "k99", null));
        Assert.Equal(1, await engine.Engine.PublishMessageAsync("Message_0m8sqom", "k1", null));

        await CorpusRun.AssertNoJobAsync(engine, "S2");
        await CorpusRun.AssertNoJobAsync(engine, "ServiceTask1");
        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_17ugjhx");
        Assert.Contains((HistoryEventType.ElementTerminated, "Activity_1wk8zqr"), await engine.HistoryAsync(id));
    }

    [Fact]
    public async Task Diagram_1_Action1_left_for_ninety_minutes_is_withdrawn_by_Timer2()
    {
        var engine = await CorpusRun.DeployAsync(Diagram1);
        var id = await engine.StartAsync("Process_1cnt2zo012", Diagram1Variables);
        var s1 = await engine.ActivateAsync("S1");
        await engine.Engine.ThrowErrorAsync(s1.Key, EngineHarness.Worker, "1234", null);
        await engine.Engine.PublishMessageAsync("Message99", "k99", null);
        await engine.CompleteJobAsync("S2");

        engine.Clock.Advance(TimeSpan.FromMinutes(89));
        Assert.Equal(0, await engine.FireDueTimersAsync());
        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await engine.FireDueTimersAsync());

        await CorpusRun.AssertNoJobAsync(engine, "ServiceTask1");
        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_17ugjhx");
        Assert.Contains("Event_06f7fqy", await engine.CompletedElementsAsync(id));
        Assert.Contains((HistoryEventType.ElementTerminated, "Activity_1amu0ll"), await engine.HistoryAsync(id));
    }

    [Fact]
    public async Task Diagram_1_message_start_waits_on_Message99_and_the_timer_start_is_scheduled_for_2030()
    {
        var engine = await CorpusRun.DeployAsync(Diagram1);

        var startTimer = Assert.Single(await engine.Store.FindDueTimersAsync(DateTimeOffset.MaxValue, 10, default));
        Assert.Null(startTimer.ProcessInstanceId);
        Assert.Equal("Event_1ov01i3", startTimer.ElementId);
        Assert.Equal(new DateTimeOffset(2030, 10, 10, 12, 0, 0, TimeSpan.Zero), startTimer.DueAt);

        Assert.Equal(1, await engine.Engine.PublishMessageAsync("Message_Test", "", EngineHarness.Json(Diagram1Variables)));
        var subscription = Assert.Single(await engine.Store.FindSubscriptionsAsync("Message99", "k99", default));
        var id = subscription.ProcessInstanceId;
        Assert.Contains("Event_15arzud", await engine.CompletedElementsAsync(id));
        await CorpusRun.AssertNoJobAsync(engine, "S1");

        await RunFromMessage99Async(engine, id);
    }

    [Fact]
    public async Task Diagram_1_without_ck99_raises_an_incident_on_the_Message99_catch()
    {
        var engine = await CorpusRun.DeployAsync(Diagram1);
        var id = await engine.StartAsync("Process_1cnt2zo012", """{"ck":"k1"}""");

        engine.Clock.Advance(TimeSpan.FromSeconds(15));
        await engine.FireDueTimersAsync();

        var instance = await engine.InstanceAsync(id);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal(IncidentType.ExtractValueError, incident.Type);
        Assert.Equal("Event_0g7dosp", incident.ElementId);
        Assert.Empty(instance.Subscriptions);
    }

    [Fact]
    public async Task Diagram_1_without_ck_raises_an_incident_on_Name1_when_its_boundary_subscribes()
    {
        var engine = await CorpusRun.DeployAsync(Diagram1);
        var id = await engine.StartAsync("Process_1cnt2zo012", """{"ck99":"k99"}""");
        var s1 = await engine.ActivateAsync("S1");
        await engine.Engine.ThrowErrorAsync(s1.Key, EngineHarness.Worker, "1234", null);

        Assert.Equal(1, await engine.Engine.PublishMessageAsync("Message99", "k99", null));

        var instance = await engine.InstanceAsync(id);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal(IncidentType.ExtractValueError, incident.Type);
        Assert.Equal("Activity_1wk8zqr", incident.ElementId);
        await CorpusRun.AssertNoJobAsync(engine, "S2");
    }

    [Fact]
    public async Task Diagram_1_timer_start_fires_in_2030_and_its_instance_waits_on_Message99()
    {
        var engine = await CorpusRun.DeployAsync(Diagram1);
        var due = new DateTimeOffset(2030, 10, 10, 12, 0, 0, TimeSpan.Zero);

        engine.Clock.Advance(due - engine.Clock.GetUtcNow() - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await engine.FireDueTimersAsync());
        engine.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await engine.FireDueTimersAsync());

        var incident = Assert.Single(await engine.Store.FindOpenIncidentsAsync(null, default));
        Assert.Equal(("Event_0g7dosp", IncidentType.ExtractValueError), (incident.ElementId, incident.Type));
        Assert.Contains("Event_1ov01i3", await engine.CompletedElementsAsync(incident.ProcessInstanceId));
        Assert.Empty(await engine.Store.FindDueTimersAsync(DateTimeOffset.MaxValue, 10, default));
    }

    private static async Task RunFromMessage99Async(EngineHarness engine, Guid id)
    {
        var wait = Assert.Single((await engine.InstanceAsync(id)).Subscriptions);
        Assert.Equal(("Event_0g7dosp", "Message99", "k99"), (wait.ElementId, wait.MessageName, wait.CorrelationKey));
        Assert.Equal(0, await engine.Engine.PublishMessageAsync("Message99", "k1", null));
        Assert.Equal(1, await engine.Engine.PublishMessageAsync("Message99", "k99", null));
        Assert.Equal("Activity_1wk8zqr", (await engine.CompleteJobAsync("S2")).ElementId);
        Assert.Empty((await engine.InstanceAsync(id)).Subscriptions);
        Assert.Single((await engine.InstanceAsync(id)).Timers, t => t.ElementId == "Event_06f7fqy");
        await engine.CompleteJobAsync("ServiceTask1");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_17ugjhx");
        Assert.Contains("Gateway_0l2s7sv", await engine.CompletedElementsAsync(id));
        Assert.Empty((await engine.InstanceAsync(id)).Timers);
    }
}
