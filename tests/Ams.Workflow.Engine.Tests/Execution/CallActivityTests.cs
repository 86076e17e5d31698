using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class CallActivityTests
{
    private const string RejectedError = """<bpmn:error id="err" name="Rejected" errorCode="REJECTED" />""";

    private static string Call(string id, string processId, string attributes = "", string extensions = "") =>
        $"""<bpmn:callActivity id="{id}"><bpmn:extensionElements><zeebe:calledElement processId="{processId}" {attributes} />{extensions}</bpmn:extensionElements></bpmn:callActivity>""";

    private static string ErrorBoundary(string id, string attachedTo) =>
        $"""<bpmn:boundaryEvent id="{id}" attachedToRef="{attachedTo}"><bpmn:errorEventDefinition errorRef="err" /></bpmn:boundaryEvent>""";

    /// <summary>A child process with one job of type <paramref name="jobType"/>.</summary>
    private static string Child(string jobType = "work") => Bpmn.Process(Chain(Service("work", jobType)), "child");

    private static async Task<ProcessInstance> ChildOfAsync(EngineHarness engine, Guid parentId)
    {
        var call = Assert.Single((await engine.InstanceAsync(parentId)).Elements, e => e.ElementId == "call");
        return await engine.InstanceAsync(call.CalledInstanceId!.Value);
    }

    [Fact]
    public async Task Starts_the_called_process_and_waits_until_it_completes_then_takes_its_variables()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Child());
        await engine.DeployAsync(Bpmn.Process(Chain(Call("call", "child"), Service("after", "after"))));

        var id = await engine.StartAsync("p", """{"x": 1}""");

        var child = await ChildOfAsync(engine, id);
        Assert.Equal(id, child.ParentInstanceId);
        Assert.Equal(1, child.Variables["x"]!.GetValue<int>());
        Assert.Contains((HistoryEventType.CalledInstanceStarted, "call"), await engine.HistoryAsync(id));
        Assert.Empty((await engine.InstanceAsync(id)).Jobs);

        await engine.CompleteJobAsync("work", """{"y": 2}""");

        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(child.Id)).State);
        var parent = await engine.InstanceAsync(id);
        Assert.Equal(2, parent.Variables["y"]!.GetValue<int>());
        Assert.Single(parent.Jobs, j => j.ElementId == "after");
        Assert.Contains("call", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task A_called_process_without_wait_states_completes_the_call_activity_in_the_same_command()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(
            """<bpmn:scriptTask id="calc"><bpmn:extensionElements><zeebe:script expression="=x * 10" resultVariable="y" /></bpmn:extensionElements></bpmn:scriptTask>"""), "child"));
        await engine.DeployAsync(Bpmn.Process(Chain(Call("call", "=name"), Service("after", "after"))));

        var id = await engine.StartAsync("p", """{"x": 4, "name": "child"}""");

        var parent = await engine.InstanceAsync(id);
        Assert.Equal(40, parent.Variables["y"]!.GetValue<int>());
        Assert.Single(parent.Jobs, j => j.ElementId == "after");
    }

    [Fact]
    public async Task Without_propagation_only_the_mappings_pass_between_parent_and_child()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Child());
        await engine.DeployAsync(Bpmn.Process(Chain(
            Call("call", "child", """propagateAllParentVariables="false" propagateAllChildVariables="false" """,
                """<zeebe:ioMapping><zeebe:input source="=x + 1" target="a" /><zeebe:output source="=y * 2" target="z" /></zeebe:ioMapping>"""),
            Service("after", "after"))));

        var id = await engine.StartAsync("p", """{"x": 1, "secret": "s"}""");

        var child = await ChildOfAsync(engine, id);
        Assert.Equal(["a"], child.Variables.Select(v => v.Key));
        Assert.Equal(2, child.Variables["a"]!.GetValue<int>());

        await engine.CompleteJobAsync("work", """{"y": 5, "noise": true}""");

        var parent = await engine.InstanceAsync(id);
        Assert.Equal(10, parent.Variables["z"]!.GetValue<int>());
        Assert.False(parent.Variables.ContainsKey("y"));
        Assert.False(parent.Variables.ContainsKey("noise"));
    }

    [Fact]
    public async Task Without_child_propagation_and_without_outputs_no_child_variable_reaches_the_parent()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Child());
        await engine.DeployAsync(Bpmn.Process(Chain(Call("call", "child", """propagateAllChildVariables="false" """), Service("after", "after"))));
        var id = await engine.StartAsync("p", """{"x": 1}""");

        Assert.Equal(1, (await ChildOfAsync(engine, id)).Variables["x"]!.GetValue<int>());
        await engine.CompleteJobAsync("work", """{"y": 5}""");

        var parent = await engine.InstanceAsync(id);
        Assert.False(parent.Variables.ContainsKey("y"));
        Assert.Single(parent.Jobs, j => j.ElementId == "after");
    }

    [Fact]
    public async Task A_parallel_multi_instance_call_activity_starts_one_child_per_item_and_collects_their_mapped_results()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Child());
        await engine.DeployAsync(Bpmn.Process(Chain(
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
            """,
            Service("after", "after"))));
        var id = await engine.StartAsync("p", """{"items": [1, 2, 3]}""");

        var jobs = await engine.Engine.ActivateJobsAsync("work", 10, EngineHarness.Worker, TimeSpan.FromMinutes(5));
        Assert.Equal(3, jobs.Count);
        foreach (var job in jobs.OrderByDescending(j => j.Variables["item"]!.GetValue<int>()))
        {
            var item = job.Variables["item"]!.GetValue<int>();
            Assert.True((await engine.Engine.CompleteJobAsync(job.Key, EngineHarness.Worker, EngineHarness.Json($$"""{"doubled": {{item * 2}}}"""))).Succeeded);
        }

        var parent = await engine.InstanceAsync(id);
        Assert.Equal("[2,4,6]", parent.Variables["results"]!.ToJsonString());
        Assert.Single(parent.Jobs, j => j.ElementId == "after");
    }

    [Fact]
    public async Task Calls_the_latest_version_deployed_when_the_call_activity_is_reached()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Child("v1"));
        await engine.DeployAsync(Bpmn.Process(Chain(Call("call", "child"), Service("after", "after"))));
        var first = await engine.StartAsync("p");

        await engine.DeployAsync(Child("v2"));
        var second = await engine.StartAsync("p");

        Assert.Equal(1, (await ChildOfAsync(engine, first)).Version);
        Assert.Equal(2, (await ChildOfAsync(engine, second)).Version);
        Assert.Equal("work", (await engine.ActivateAsync("v2")).ElementId);
    }

    [Fact]
    public async Task With_a_version_tag_calls_the_newest_version_carrying_it_even_when_a_later_one_exists()
    {
        var engine = new EngineHarness();
        static string Tagged(string tag, string jobType) =>
            Bpmn.Process($"""<bpmn:extensionElements><zeebe:versionTag value="{tag}" /></bpmn:extensionElements>""" + Chain(Service("work", jobType)), "child");
        await engine.DeployAsync(Tagged("1.0", "old"));
        await engine.DeployAsync(Tagged("1.0", "fixed"));
        await engine.DeployAsync(Tagged("2.0", "new"));
        await engine.DeployAsync(Bpmn.Process(Chain(Call("call", "child", """bindingType="versionTag" versionTag="1.0" """))));

        var id = await engine.StartAsync("p");

        Assert.Equal(2, (await ChildOfAsync(engine, id)).Version);
        Assert.Equal("work", (await engine.ActivateAsync("fixed")).ElementId);
    }

    [Fact]
    public async Task An_unknown_version_tag_is_an_incident_on_the_call_activity()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Child());
        await engine.DeployAsync(Bpmn.Process(Chain(Call("call", "child", """bindingType="versionTag" versionTag="9.9" """))));

        var id = await engine.StartAsync("p");

        var incident = Assert.Single((await engine.InstanceAsync(id)).Incidents);
        Assert.Equal(("call", IncidentType.CalledElementError), (incident.ElementId, incident.Type));
        Assert.Contains("9.9", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_the_child_does_not_catch_is_caught_by_the_boundary_event_of_the_call_activity()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(RejectedError,
            Start() + Service("work", "work") + """<bpmn:endEvent id="fail"><bpmn:errorEventDefinition errorRef="err" /></bpmn:endEvent>"""
            + Flow("f1", "start", "work") + Flow("f2", "work", "fail"), "child"));
        await engine.DeployAsync(Bpmn.Definitions(RejectedError,
            Chain(Call("call", "child")) + ErrorBoundary("rejected", "call") + Service("handle", "handle") + Flow("fe", "rejected", "handle")));
        var id = await engine.StartAsync("p");
        var child = await ChildOfAsync(engine, id);

        await engine.CompleteJobAsync("work");

        Assert.Equal("handle", (await engine.ActivateAsync("handle")).ElementId);
        Assert.Contains((HistoryEventType.ElementTerminated, "call"), await engine.HistoryAsync(id));
        Assert.Equal(ProcessInstanceState.Terminated, (await engine.InstanceAsync(child.Id)).State);
    }

    [Fact]
    public async Task An_error_thrown_as_the_child_starts_is_caught_in_the_same_command_and_the_child_ends_terminated()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(RejectedError,
            Start() + """<bpmn:endEvent id="fail"><bpmn:errorEventDefinition errorRef="err" /></bpmn:endEvent>""" + Flow("f1", "start", "fail"), "child"));
        await engine.DeployAsync(Bpmn.Definitions(RejectedError,
            Chain(Call("call", "child")) + ErrorBoundary("rejected", "call") + Service("handle", "handle") + Flow("fe", "rejected", "handle")));

        var id = await engine.StartAsync("p");

        Assert.Equal("handle", (await engine.ActivateAsync("handle")).ElementId);
        var started = Assert.Single((await engine.Engine.Store.QueryInstancesAsync(new Storage.InstanceQuery { ProcessId = "child" }, default)));
        Assert.Equal(ProcessInstanceState.Terminated, started.State);
    }

    [Fact]
    public async Task Cancelling_the_parent_terminates_the_children_of_its_children()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Child());
        await engine.DeployAsync(Bpmn.Process(Chain(Call("call", "child")), "middle"));
        await engine.DeployAsync(Bpmn.Process(Chain(Call("call", "middle"))));
        var id = await engine.StartAsync("p");
        var middle = await ChildOfAsync(engine, id);
        var grandchild = await ChildOfAsync(engine, middle.Id);

        Assert.True((await engine.Engine.CancelInstanceAsync(id, "admin")).Succeeded);

        Assert.Equal(ProcessInstanceState.Terminated, (await engine.InstanceAsync(middle.Id)).State);
        Assert.Equal(ProcessInstanceState.Terminated, (await engine.InstanceAsync(grandchild.Id)).State);
    }

    [Fact]
    public async Task An_error_caught_nowhere_is_an_incident_in_the_child()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(RejectedError,
            Start() + Service("work", "work") + """<bpmn:endEvent id="fail"><bpmn:errorEventDefinition errorRef="err" /></bpmn:endEvent>"""
            + Flow("f1", "start", "work") + Flow("f2", "work", "fail"), "child"));
        await engine.DeployAsync(Bpmn.Process(Chain(Call("call", "child"))));
        var id = await engine.StartAsync("p");
        var child = await ChildOfAsync(engine, id);

        await engine.CompleteJobAsync("work");

        var incident = Assert.Single((await engine.InstanceAsync(child.Id)).Incidents);
        Assert.Equal(("fail", IncidentType.UnhandledError), (incident.ElementId, incident.Type));
        Assert.Single((await engine.InstanceAsync(id)).Elements, e => e.ElementId == "call");
    }

    [Fact]
    public async Task Cancelling_the_parent_terminates_the_child()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Child());
        await engine.DeployAsync(Bpmn.Process(Chain(Call("call", "child"))));
        var id = await engine.StartAsync("p");
        var child = await ChildOfAsync(engine, id);

        Assert.True((await engine.Engine.CancelInstanceAsync(id, "admin")).Succeeded);

        var ended = await engine.InstanceAsync(child.Id);
        Assert.Equal(ProcessInstanceState.Terminated, ended.State);
        Assert.Empty(ended.Jobs);
        Assert.Empty(await engine.Engine.ActivateJobsAsync("work", 1, EngineHarness.Worker, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task An_interrupting_timer_on_the_call_activity_terminates_the_child()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Child());
        await engine.DeployAsync(Bpmn.Process(Chain(Call("call", "child"))
            + """<bpmn:boundaryEvent id="late" attachedToRef="call"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>"""
            + Service("escalate", "escalate") + Flow("ft", "late", "escalate")));
        var id = await engine.StartAsync("p");
        var child = await ChildOfAsync(engine, id);

        engine.Clock.Advance(TimeSpan.FromHours(2));
        await engine.FireDueTimersAsync();

        Assert.Equal("escalate", (await engine.ActivateAsync("escalate")).ElementId);
        Assert.Equal(ProcessInstanceState.Terminated, (await engine.InstanceAsync(child.Id)).State);
    }

    [Fact]
    public async Task An_unknown_called_process_is_an_incident_that_a_retry_after_deploying_it_resolves()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Call("call", "child"), Service("after", "after"))));
        var id = await engine.StartAsync("p");

        var incident = Assert.Single((await engine.InstanceAsync(id)).Incidents);
        Assert.Equal(("call", IncidentType.CalledElementError), (incident.ElementId, incident.Type));
        Assert.Contains("child", incident.Message, StringComparison.Ordinal);

        await engine.DeployAsync(Child());
        Assert.True((await engine.Engine.RetryIncidentAsync(id, incident.Key, null, "admin")).Succeeded);

        Assert.Empty((await engine.InstanceAsync(id)).Incidents);
        await engine.CompleteJobAsync("work");
        Assert.Single((await engine.InstanceAsync(id)).Jobs, j => j.ElementId == "after");
    }

    [Fact]
    public async Task Deploying_refuses_a_call_activity_without_a_called_process_or_with_a_binding_it_cannot_honour()
    {
        var engine = new EngineHarness();

        var missing = await engine.Engine.DeployAsync(Bpmn.Process(Chain("""<bpmn:callActivity id="call" />""")), "tester");
        var binding = await engine.Engine.DeployAsync(Bpmn.Process(Chain(Call("call", "child", """bindingType="deployment" """))), "tester");
        var noTag = await engine.Engine.DeployAsync(Bpmn.Process(Chain(Call("call", "child", """bindingType="versionTag" """))), "tester");

        Assert.Contains(noTag.Problems, p => p.ElementId == "call" && p.Message.Contains("names none", StringComparison.Ordinal));
        Assert.False(missing.Succeeded);
        Assert.Contains(missing.Problems, p => p.ElementId == "call" && p.Message.Contains("calls no process", StringComparison.Ordinal));
        Assert.False(binding.Succeeded);
        Assert.Contains(binding.Problems, p => p.ElementId == "call" && p.Message.Contains("binding type", StringComparison.Ordinal));
    }
}
