using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class EventSubProcessTests
{
    private const string CancelMessage = """<bpmn:message id="m" name="cancel-request"><bpmn:extensionElements><zeebe:subscription correlationKey="=requestId" /></bpmn:extensionElements></bpmn:message>""";

    private const string RejectedError = """<bpmn:error id="err" name="Rejected" errorCode="REJECTED" />""";

    /// <summary>An event sub-process whose start event holds <paramref name="definition"/> and which runs one service task.</summary>
    private static string EventSubProcess(string id, string definition, bool interrupting, string taskType) =>
        $"""<bpmn:subProcess id="{id}" triggeredByEvent="true">"""
        + $"""<bpmn:startEvent id="{id}_start" isInterrupting="{(interrupting ? "true" : "false")}">{definition}</bpmn:startEvent>"""
        + Service($"{id}_task", taskType) + End($"{id}_end")
        + Flow($"{id}_f1", $"{id}_start", $"{id}_task") + Flow($"{id}_f2", $"{id}_task", $"{id}_end")
        + "</bpmn:subProcess>";

    private const string MessageDefinition = """<bpmn:messageEventDefinition messageRef="m" />""";

    private static string Timer(string kind, string value) =>
        $"""<bpmn:timerEventDefinition><bpmn:{kind} xsi:type="bpmn:tFormalExpression">{value}</bpmn:{kind}></bpmn:timerEventDefinition>""";

    [Fact]
    public async Task An_interrupting_message_event_sub_process_terminates_the_process_tokens_and_ends_the_process()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(CancelMessage,
            Chain(Service("verify", "verify")) + EventSubProcess("cancel", MessageDefinition, true, "undo")));
        var id = await engine.StartAsync("p", """{"requestId": "r-1"}""");
        Assert.Single((await engine.InstanceAsync(id)).Subscriptions);

        Assert.Equal(1, await engine.Engine.PublishMessageAsync("cancel-request", "r-1", EngineHarness.Json("""{"reason": "lost"}""")));
        var undo = await engine.ActivateAsync("undo");
        Assert.Equal("lost", undo.Variables["reason"]!.GetValue<string>());
        Assert.Empty(await engine.Engine.ActivateJobsAsync("verify", 1, EngineHarness.Worker, TimeSpan.FromMinutes(5)));
        Assert.Empty((await engine.InstanceAsync(id)).Subscriptions);
        Assert.True((await engine.Engine.CompleteJobAsync(undo.Key, EngineHarness.Worker, null)).Succeeded);

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        var history = await engine.HistoryAsync(id);
        Assert.Contains((HistoryEventType.ElementTerminated, "verify"), history);
        Assert.Contains((HistoryEventType.ElementCompleted, "cancel"), history);
        Assert.DoesNotContain((HistoryEventType.ElementCompleted, "end"), history);
    }

    [Fact]
    public async Task A_non_interrupting_message_event_sub_process_runs_beside_the_process_once_per_message()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(CancelMessage,
            Chain(Service("verify", "verify")) + EventSubProcess("remind", MessageDefinition, false, "remind")));
        var id = await engine.StartAsync("p", """{"requestId": "r-1"}""");

        Assert.Equal(1, await engine.Engine.PublishMessageAsync("cancel-request", "r-1", null));
        Assert.Equal(1, await engine.Engine.PublishMessageAsync("cancel-request", "r-1", null));
        await engine.CompleteJobAsync("remind");
        await engine.CompleteJobAsync("remind");
        Assert.Single((await engine.InstanceAsync(id)).Subscriptions);
        await engine.CompleteJobAsync("verify");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Empty(instance.Subscriptions);
        var completed = await engine.CompletedElementsAsync(id);
        Assert.Equal(2, completed.Count(e => e == "remind"));
        Assert.Contains("verify", completed);
        Assert.Contains("end", completed);
    }

    [Fact]
    public async Task An_interrupting_timer_event_sub_process_in_a_sub_process_ends_the_sub_process_and_the_process_goes_on()
    {
        var engine = new EngineHarness();
        var sub = """<bpmn:subProcess id="sub">""" + Start("s1") + User("review") + End("e1") + Flow("i1", "s1", "review") + Flow("i2", "review", "e1")
            + EventSubProcess("late", Timer("timeDuration", "PT1H"), true, "escalate") + "</bpmn:subProcess>";
        await engine.DeployAsync(Bpmn.Process(Chain(sub, Service("after", "after"))));
        var id = await engine.StartAsync("p");
        Assert.Single((await engine.InstanceAsync(id)).Timers);

        engine.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await engine.FireDueTimersAsync());
        await engine.CompleteJobAsync("escalate");
        await engine.CompleteJobAsync("after");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.DoesNotContain(instance.UserTasks, t => t.State == UserTaskState.Created);
        var history = await engine.HistoryAsync(id);
        Assert.Contains((HistoryEventType.ElementTerminated, "review"), history);
        Assert.Contains((HistoryEventType.ElementCompleted, "late"), history);
        Assert.Contains((HistoryEventType.ElementCompleted, "sub"), history);
    }

    [Fact]
    public async Task A_non_interrupting_timer_cycle_starts_the_event_sub_process_at_each_interval_until_the_process_ends()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Service("verify", "verify")) + EventSubProcess("nudge", Timer("timeCycle", "R/PT10M"), false, "nudge")));
        var id = await engine.StartAsync("p");

        for (var i = 0; i < 3; i++)
        {
            engine.Clock.Advance(TimeSpan.FromMinutes(10));
            Assert.Equal(1, await engine.FireDueTimersAsync());
            await engine.CompleteJobAsync("nudge");
        }

        Assert.Single((await engine.InstanceAsync(id)).Timers);
        await engine.CompleteJobAsync("verify");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Empty(instance.Timers);
        Assert.Empty(await engine.Store.FindDueTimersAsync(engine.Clock.GetUtcNow().AddDays(1), 10, default));
        Assert.Equal(3, (await engine.CompletedElementsAsync(id)).Count(e => e == "nudge"));
    }

    [Fact]
    public async Task An_error_from_a_job_is_caught_by_the_error_event_sub_process_of_its_scope_before_the_boundary_event_outside()
    {
        var engine = new EngineHarness();
        var sub = """<bpmn:subProcess id="sub">""" + Start("s1") + Service("enroll", "enroll") + End("e1") + Flow("i1", "s1", "enroll") + Flow("i2", "enroll", "e1")
            + EventSubProcess("handle", """<bpmn:errorEventDefinition errorRef="err" />""", true, "repair") + "</bpmn:subProcess>";
        var outside = """<bpmn:boundaryEvent id="caught" attachedToRef="sub"><bpmn:errorEventDefinition /></bpmn:boundaryEvent>"""
            + Service("sad", "sad") + Flow("fs", "caught", "sad");
        await engine.DeployAsync(Bpmn.Definitions(RejectedError, Chain(sub, Service("after", "after")) + outside));
        var id = await engine.StartAsync("p");

        var job = await engine.ActivateAsync("enroll");
        Assert.True((await engine.Engine.ThrowErrorAsync(job.Key, EngineHarness.Worker, "REJECTED", "CA said no")).Succeeded);
        await engine.CompleteJobAsync("repair");
        await engine.CompleteJobAsync("after");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Empty(instance.Incidents);
        var history = await engine.HistoryAsync(id);
        Assert.Contains((HistoryEventType.JobErrorThrown, "enroll"), history);
        Assert.Contains((HistoryEventType.ElementTerminated, "enroll"), history);
        Assert.Contains((HistoryEventType.ElementCompleted, "handle"), history);
        Assert.DoesNotContain(history, h => h.ElementId == "caught");
    }

    [Fact]
    public async Task A_catch_all_error_event_sub_process_of_the_process_catches_an_error_end_event()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(RejectedError,
            Start() + """<bpmn:endEvent id="fail"><bpmn:errorEventDefinition errorRef="err" /></bpmn:endEvent>""" + Flow("f1", "start", "fail")
            + EventSubProcess("handle", "<bpmn:errorEventDefinition />", true, "repair")));
        var id = await engine.StartAsync("p");

        await engine.CompleteJobAsync("repair");

        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(id)).State);
        Assert.Contains((HistoryEventType.ElementCompleted, "handle"), await engine.HistoryAsync(id));
    }

    [Fact]
    public async Task The_event_sub_process_subscriptions_of_a_scope_are_withdrawn_when_it_completes()
    {
        var engine = new EngineHarness();
        var sub = """<bpmn:subProcess id="sub">""" + Start("s1") + Service("inner", "inner") + End("e1") + Flow("i1", "s1", "inner") + Flow("i2", "inner", "e1")
            + EventSubProcess("cancel", MessageDefinition, true, "undo")
            + EventSubProcess("late", Timer("timeDuration", "PT1H"), false, "escalate") + "</bpmn:subProcess>";
        await engine.DeployAsync(Bpmn.Definitions(CancelMessage, Chain(sub, User("review"))));
        var id = await engine.StartAsync("p", """{"requestId": "r-1"}""");
        var started = await engine.InstanceAsync(id);
        Assert.Single(started.Subscriptions);
        Assert.Single(started.Timers);

        await engine.CompleteJobAsync("inner");

        var instance = await engine.InstanceAsync(id);
        Assert.Empty(instance.Subscriptions);
        Assert.Empty(instance.Timers);
        Assert.Equal(0, await engine.Engine.PublishMessageAsync("cancel-request", "r-1", null));
        engine.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await engine.FireDueTimersAsync());
        Assert.Equal("review", (await engine.OpenTaskAsync(id)).ElementId);
    }

    [Fact]
    public async Task A_correlation_key_that_cannot_be_evaluated_as_the_process_starts_is_an_incident_that_a_retry_resolves()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(CancelMessage,
            Chain(Service("verify", "verify")) + EventSubProcess("cancel", MessageDefinition, true, "undo")));
        var id = await engine.StartAsync("p");
        var incident = Assert.Single((await engine.InstanceAsync(id)).Incidents);
        Assert.Equal("start", incident.ElementId);

        Assert.True((await engine.Engine.SetVariablesAsync(id, EngineHarness.Json("""{"requestId": "r-1"}"""), "admin")).Succeeded);
        Assert.True((await engine.Engine.RetryIncidentAsync(id, incident.Key, null, "admin")).Succeeded);

        var instance = await engine.InstanceAsync(id);
        Assert.Empty(instance.Incidents);
        Assert.Equal("r-1", Assert.Single(instance.Subscriptions).CorrelationKey);
        Assert.Equal("verify", (await engine.ActivateAsync("verify")).ElementId);
    }

    [Fact]
    public async Task An_interrupting_event_sub_process_also_terminates_a_running_non_interrupting_one_and_withdraws_its_timer()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(CancelMessage,
            Chain(Service("verify", "verify"))
            + EventSubProcess("nudge", Timer("timeCycle", "R/PT10M"), false, "nudge")
            + EventSubProcess("cancel", MessageDefinition, true, "undo")));
        var id = await engine.StartAsync("p", """{"requestId": "r-1"}""");
        engine.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, await engine.FireDueTimersAsync());

        Assert.Equal(1, await engine.Engine.PublishMessageAsync("cancel-request", "r-1", null));

        var instance = await engine.InstanceAsync(id);
        Assert.Empty(instance.Timers);
        Assert.Empty(instance.Subscriptions);
        var history = await engine.HistoryAsync(id);
        Assert.Contains((HistoryEventType.ElementTerminated, "nudge"), history);
        Assert.Contains((HistoryEventType.ElementTerminated, "verify"), history);
        await engine.CompleteJobAsync("undo");
        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(id)).State);
    }
}
