using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class SignalEventTests
{
    private const string Alert = """<bpmn:signal id="s" name="alert" />""";

    private const string SignalDefinition = """<bpmn:signalEventDefinition signalRef="s" />""";

    private static string CatchSignal(string id) => $"""<bpmn:intermediateCatchEvent id="{id}">{SignalDefinition}</bpmn:intermediateCatchEvent>""";

    private static string Boundary(string id, string attachedTo, bool interrupting) =>
        $"""<bpmn:boundaryEvent id="{id}" attachedToRef="{attachedTo}" cancelActivity="{(interrupting ? "true" : "false")}">{SignalDefinition}</bpmn:boundaryEvent>""";

    private static string EventSubProcess(string id, bool interrupting, string taskType) =>
        $"""<bpmn:subProcess id="{id}" triggeredByEvent="true">"""
        + $"""<bpmn:startEvent id="{id}_start" isInterrupting="{(interrupting ? "true" : "false")}">{SignalDefinition}</bpmn:startEvent>"""
        + Service($"{id}_task", taskType) + End($"{id}_end")
        + Flow($"{id}_f1", $"{id}_start", $"{id}_task") + Flow($"{id}_f2", $"{id}_task", $"{id}_end")
        + "</bpmn:subProcess>";

    /// <summary>A process started by the signal that runs one service task of <paramref name="taskType"/>.</summary>
    private static string SignalStarted(string processId, string taskType) => Bpmn.Definitions(Alert,
        $"""<bpmn:startEvent id="start">{SignalDefinition}</bpmn:startEvent>""" + Service("work", taskType) + End()
        + Flow("f1", "start", "work") + Flow("f2", "work", "end"), processId);

    [Fact]
    public async Task A_signal_starts_an_instance_of_every_process_with_a_signal_start_event_and_brings_its_variables()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(SignalStarted("first", "first-work"));
        await engine.DeployAsync(SignalStarted("second", "second-work"));

        var result = await engine.Engine.BroadcastSignalAsync("alert", EngineHarness.Json("""{"level": 3}"""));

        Assert.Equal(new SignalBroadcastResult(2, 0), result);
        var first = await engine.ActivateAsync("first-work");
        var second = await engine.ActivateAsync("second-work");
        Assert.Equal(3, first.Variables["level"]!.GetValue<int>());
        Assert.Equal(3, second.Variables["level"]!.GetValue<int>());
        Assert.Contains((HistoryEventType.ElementCompleted, "start"), await engine.HistoryAsync(first.ProcessInstanceId));
    }

    [Fact]
    public async Task Only_the_latest_version_of_a_process_is_started_by_a_signal()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(SignalStarted("p", "old-work"));
        await engine.DeployAsync(Bpmn.Process(Chain(Service("work", "new-work"))));

        var result = await engine.Engine.BroadcastSignalAsync("alert", null);

        Assert.Equal(new SignalBroadcastResult(0, 0), result);
        Assert.Empty(await engine.Engine.ActivateJobsAsync("old-work", 1, EngineHarness.Worker, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public async Task An_intermediate_catch_event_waits_for_the_signal_and_takes_its_variables()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(Alert, Chain(CatchSignal("wait"), Service("after", "after"))));
        var one = await engine.StartAsync("p");
        var two = await engine.StartAsync("p");
        Assert.Equal("alert", Assert.Single((await engine.InstanceAsync(one)).SignalSubscriptions).SignalName);

        var result = await engine.Engine.BroadcastSignalAsync("alert", EngineHarness.Json("""{"reason": "outage"}"""));

        Assert.Equal(new SignalBroadcastResult(0, 2), result);
        foreach (var id in new[] { one, two })
        {
            var instance = await engine.InstanceAsync(id);
            Assert.Empty(instance.SignalSubscriptions);
            Assert.Equal("outage", instance.Variables["reason"]!.GetValue<string>());
            Assert.Contains((HistoryEventType.SignalReceived, "wait"), await engine.HistoryAsync(id));
            Assert.Contains("wait", await engine.CompletedElementsAsync(id));
        }

        Assert.Equal(new SignalBroadcastResult(0, 0), await engine.Engine.BroadcastSignalAsync("alert", null));
    }

    [Fact]
    public async Task An_interrupting_boundary_signal_terminates_the_task_and_takes_its_own_flow()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(Alert,
            Chain(User("review")) + Boundary("stop", "review", interrupting: true) + Service("undo", "undo") + End("stopped")
            + Flow("b1", "stop", "undo") + Flow("b2", "undo", "stopped")));
        var id = await engine.StartAsync("p");

        Assert.Equal(new SignalBroadcastResult(0, 1), await engine.Engine.BroadcastSignalAsync("alert", null));

        await engine.CompleteJobAsync("undo");
        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        var history = await engine.HistoryAsync(id);
        Assert.Contains((HistoryEventType.ElementTerminated, "review"), history);
        Assert.Contains((HistoryEventType.ElementCompleted, "stopped"), history);
        Assert.DoesNotContain((HistoryEventType.ElementCompleted, "end"), history);
    }

    [Fact]
    public async Task A_non_interrupting_boundary_signal_leaves_the_task_running_and_fires_for_every_broadcast()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(Alert,
            Chain(User("review")) + Boundary("nudge", "review", interrupting: false) + Service("remind", "remind") + End("reminded")
            + Flow("b1", "nudge", "remind") + Flow("b2", "remind", "reminded")));
        var id = await engine.StartAsync("p");

        await engine.Engine.BroadcastSignalAsync("alert", null);
        await engine.Engine.BroadcastSignalAsync("alert", null);
        await engine.CompleteJobAsync("remind");
        await engine.CompleteJobAsync("remind");
        Assert.Single((await engine.InstanceAsync(id)).SignalSubscriptions);
        await engine.CompleteTaskAsync(id);

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Empty(instance.SignalSubscriptions);
        var completed = await engine.CompletedElementsAsync(id);
        Assert.Equal(2, completed.Count(e => e == "reminded"));
        Assert.Contains("review", completed);
    }

    [Fact]
    public async Task An_interrupting_signal_event_sub_process_ends_the_process_tokens()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(Alert, Chain(Service("verify", "verify")) + EventSubProcess("halt", true, "undo")));
        var id = await engine.StartAsync("p");

        Assert.Equal(new SignalBroadcastResult(0, 1), await engine.Engine.BroadcastSignalAsync("alert", EngineHarness.Json("""{"reason": "halt"}""")));

        var undo = await engine.ActivateAsync("undo");
        Assert.Equal("halt", undo.Variables["reason"]!.GetValue<string>());
        Assert.Empty(await engine.Engine.ActivateJobsAsync("verify", 1, EngineHarness.Worker, TimeSpan.FromMinutes(5)));
        Assert.Empty((await engine.InstanceAsync(id)).SignalSubscriptions);
        Assert.True((await engine.Engine.CompleteJobAsync(undo.Key, EngineHarness.Worker, null)).Succeeded);
        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Contains((HistoryEventType.ElementTerminated, "verify"), await engine.HistoryAsync(id));
    }

    [Fact]
    public async Task A_non_interrupting_signal_event_sub_process_runs_beside_the_process_once_per_broadcast()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(Alert, Chain(Service("verify", "verify")) + EventSubProcess("notify", false, "notify")));
        var id = await engine.StartAsync("p");

        await engine.Engine.BroadcastSignalAsync("alert", null);
        await engine.Engine.BroadcastSignalAsync("alert", null);
        await engine.CompleteJobAsync("notify");
        await engine.CompleteJobAsync("notify");
        Assert.Single((await engine.InstanceAsync(id)).SignalSubscriptions);
        await engine.CompleteJobAsync("verify");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Empty(instance.SignalSubscriptions);
        Assert.Equal(2, (await engine.CompletedElementsAsync(id)).Count(e => e == "notify"));
    }

    [Fact]
    public async Task A_signal_throw_event_triggers_another_instance_with_its_input_mappings_as_variables()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(Alert, Chain(CatchSignal("wait"), Service("after", "after")), "catcher"));
        await engine.DeployAsync(Bpmn.Definitions(Alert, Chain(
            $"""<bpmn:intermediateThrowEvent id="raise"><bpmn:extensionElements><zeebe:ioMapping><zeebe:input source="=ticket" target="ticketId" /></zeebe:ioMapping></bpmn:extensionElements>{SignalDefinition}</bpmn:intermediateThrowEvent>""",
            Service("go-on", "go-on")), "thrower"));
        var catcher = await engine.StartAsync("catcher");

        var thrower = await engine.StartAsync("thrower", """{"ticket": "T-7", "secret": "not sent"}""");

        var caught = await engine.InstanceAsync(catcher);
        Assert.Equal("T-7", caught.Variables["ticketId"]!.GetValue<string>());
        Assert.False(caught.Variables.ContainsKey("secret"));
        Assert.Contains("wait", await engine.CompletedElementsAsync(catcher));
        Assert.Contains((HistoryEventType.SignalThrown, "raise"), await engine.HistoryAsync(thrower));
        Assert.Equal(thrower, (await engine.ActivateAsync("go-on")).ProcessInstanceId);
    }

    [Fact]
    public async Task A_signal_end_event_ends_its_path_and_triggers_another_instance()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(Alert, Chain(CatchSignal("wait"), Service("after", "after")), "catcher"));
        await engine.DeployAsync(Bpmn.Definitions(Alert,
            Start() + Service("work", "work") + $"""<bpmn:endEvent id="done">{SignalDefinition}</bpmn:endEvent>"""
            + Flow("f1", "start", "work") + Flow("f2", "work", "done"), "thrower"));
        var catcher = await engine.StartAsync("catcher");
        var thrower = await engine.StartAsync("thrower");

        await engine.CompleteJobAsync("work");

        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(thrower)).State);
        Assert.Contains((HistoryEventType.SignalThrown, "done"), await engine.HistoryAsync(thrower));
        Assert.Contains("wait", await engine.CompletedElementsAsync(catcher));
        Assert.Equal(catcher, (await engine.ActivateAsync("after")).ProcessInstanceId);
    }

    [Fact]
    public async Task An_instance_catches_the_signal_its_own_other_branch_throws()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(Alert,
            Start() + """<bpmn:parallelGateway id="fork" />""" + CatchSignal("wait") + Service("after", "after") + End("caught")
            + Service("work", "work") + $"""<bpmn:endEvent id="thrown">{SignalDefinition}</bpmn:endEvent>"""
            + Flow("f1", "start", "fork") + Flow("f2", "fork", "wait") + Flow("f3", "wait", "after") + Flow("f4", "after", "caught")
            + Flow("f5", "fork", "work") + Flow("f6", "work", "thrown"), "self"));
        var id = await engine.StartAsync("self");

        await engine.CompleteJobAsync("work");

        Assert.Contains("wait", await engine.CompletedElementsAsync(id));
        Assert.Equal(id, (await engine.ActivateAsync("after")).ProcessInstanceId);
    }

    [Fact]
    public async Task A_signal_thrown_by_an_instance_a_broadcast_reached_is_broadcast_in_turn()
    {
        var engine = new EngineHarness();
        var relay = """<bpmn:signal id="r" name="relayed" />""";
        await engine.DeployAsync(Bpmn.Definitions(Alert + relay,
            $"""<bpmn:startEvent id="start">{SignalDefinition}</bpmn:startEvent><bpmn:endEvent id="end"><bpmn:signalEventDefinition signalRef="r" /></bpmn:endEvent>"""
            + Flow("f1", "start", "end"), "relay"));
        await engine.DeployAsync(Bpmn.Definitions(relay,
            Chain("""<bpmn:intermediateCatchEvent id="wait"><bpmn:signalEventDefinition signalRef="r" /></bpmn:intermediateCatchEvent>"""), "listener"));
        var listener = await engine.StartAsync("listener");

        Assert.Equal(new SignalBroadcastResult(1, 0), await engine.Engine.BroadcastSignalAsync("alert", null));

        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(listener)).State);
    }

    [Fact]
    public async Task An_event_based_gateway_takes_the_signal_branch_when_the_signal_comes_first()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(Alert,
            Start() + """<bpmn:eventBasedGateway id="gw" />""" + CatchSignal("alerted")
            + """<bpmn:intermediateCatchEvent id="late"><bpmn:timerEventDefinition><bpmn:timeDuration>P3D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>"""
            + Service("react", "react") + End("e1") + End("e2")
            + Flow("f0", "start", "gw") + Flow("toAlert", "gw", "alerted") + Flow("toLate", "gw", "late")
            + Flow("f1", "alerted", "react") + Flow("f2", "react", "e1") + Flow("f3", "late", "e2")));
        var id = await engine.StartAsync("p");
        var waiting = await engine.InstanceAsync(id);
        Assert.Equal("alerted", Assert.Single(waiting.SignalSubscriptions).ElementId);
        Assert.Single(waiting.Timers);

        Assert.Equal(new SignalBroadcastResult(0, 1), await engine.Engine.BroadcastSignalAsync("alert", EngineHarness.Json("""{"code": 9}""")));

        var instance = await engine.InstanceAsync(id);
        Assert.Empty(instance.Timers);
        Assert.Empty(instance.SignalSubscriptions);
        Assert.Equal(9, (await engine.ActivateAsync("react")).Variables["code"]!.GetValue<int>());
        var history = await engine.HistoryAsync(id);
        Assert.Contains((HistoryEventType.SequenceFlowTaken, "toAlert"), history);
        Assert.DoesNotContain((HistoryEventType.SequenceFlowTaken, "toLate"), history);
    }

    [Fact]
    public async Task A_signal_name_written_in_FEEL_is_evaluated_as_the_event_is_entered()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions("""<bpmn:signal id="s" name="=&quot;alert-&quot; + region" />""",
            Chain(CatchSignal("wait"))));
        var north = await engine.StartAsync("p", """{"region": "north"}""");
        var south = await engine.StartAsync("p", """{"region": "south"}""");
        Assert.Equal("alert-north", Assert.Single((await engine.InstanceAsync(north)).SignalSubscriptions).SignalName);

        Assert.Equal(new SignalBroadcastResult(0, 1), await engine.Engine.BroadcastSignalAsync("alert-north", null));

        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(north)).State);
        Assert.Equal(ProcessInstanceState.Active, (await engine.InstanceAsync(south)).State);
    }

    [Fact]
    public async Task A_signal_start_event_whose_name_needs_variables_is_refused_at_deployment_naming_it()
    {
        var engine = new EngineHarness();

        var result = await engine.Engine.DeployAsync(Bpmn.Definitions("""<bpmn:signal id="s" name="=region" />""",
            """<bpmn:startEvent id="start">""" + SignalDefinition + "</bpmn:startEvent>" + End() + Flow("f1", "start", "end")), "tester");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.ElementId == "start" && p.Message.Contains("signal name", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_signal_name_that_cannot_be_evaluated_raises_an_incident_on_the_catch_event()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions("""<bpmn:signal id="s" name="=region" />""", Chain(CatchSignal("wait"))));

        var id = await engine.StartAsync("p");

        var incident = Assert.Single((await engine.InstanceAsync(id)).Incidents);
        Assert.Equal(IncidentType.ExtractValueError, incident.Type);
        Assert.Equal("wait", incident.ElementId);
    }

    [Fact]
    public async Task A_signal_nobody_waits_for_is_dropped_and_not_kept_for_later()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(Alert, Chain(CatchSignal("wait"))));
        var other = await engine.StartAsync("p");

        Assert.Equal(new SignalBroadcastResult(0, 0), await engine.Engine.BroadcastSignalAsync("another-signal", null));
        Assert.Equal(new SignalBroadcastResult(0, 1), await engine.Engine.BroadcastSignalAsync("alert", null));
        var late = await engine.StartAsync("p");

        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(other)).State);
        Assert.Single((await engine.InstanceAsync(late)).SignalSubscriptions);
        Assert.DoesNotContain((HistoryEventType.SignalReceived, "wait"), await engine.HistoryAsync(late));
    }
}
