using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class ScopeTests
{
    [Fact]
    public async Task An_embedded_sub_process_completes_when_its_last_token_ends_then_continues_outside()
    {
        var engine = new EngineHarness();
        var sub = """<bpmn:subProcess id="sub">""" + Start("s1") + """<bpmn:parallelGateway id="fork" />""" + Service("a", "a") + Service("b", "b")
            + Flow("i0", "s1", "fork") + Flow("i1", "fork", "a") + Flow("i2", "fork", "b") + "</bpmn:subProcess>";
        await engine.DeployAsync(Bpmn.Process(Chain(sub, Service("after", "after"))));
        var id = await engine.StartAsync("p");

        await engine.CompleteJobAsync("a");
        Assert.Empty(await engine.Engine.ActivateJobsAsync("after", 1, "w", TimeSpan.FromMinutes(1)));
        await engine.CompleteJobAsync("b");
        await engine.CompleteJobAsync("after");

        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(id)).State);
        Assert.Single(await engine.CompletedElementsAsync(id), e => e == "sub");
    }

    [Fact]
    public async Task A_terminate_end_event_ends_the_instance_and_withdraws_every_other_token()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(
            Start() + """<bpmn:parallelGateway id="fork" />""" + Service("slow", "slow") + Service("fast", "fast")
            + """<bpmn:endEvent id="stop"><bpmn:terminateEventDefinition /></bpmn:endEvent>""" + End()
            + Flow("f0", "start", "fork") + Flow("f1", "fork", "slow") + Flow("f2", "fork", "fast") + Flow("f3", "fast", "stop") + Flow("f4", "slow", "end")));
        var id = await engine.StartAsync("p");

        await engine.CompleteJobAsync("fast");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Empty(instance.Elements);
        Assert.Empty(await engine.Engine.ActivateJobsAsync("slow", 1, "w", TimeSpan.FromMinutes(1)));
        Assert.Contains((HistoryEventType.ElementTerminated, "slow"), await engine.HistoryAsync(id));
    }

    [Fact]
    public async Task Input_mappings_are_local_to_the_task_and_output_mappings_choose_what_leaves_it()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(
            Service("task", "work", """<zeebe:ioMapping><zeebe:input source="=order.total" target="amount" /><zeebe:input source="static" target="mode" /><zeebe:output source="=result.code" target="outcome.code" /></zeebe:ioMapping>"""),
            Service("next", "next"))));
        var id = await engine.StartAsync("p", """{"order": {"total": 120}}""");

        var job = await engine.ActivateAsync("work");
        Assert.Equal(120, job.Variables["amount"]!.GetValue<int>());
        Assert.Equal("static", job.Variables["mode"]!.GetValue<string>());
        await engine.Engine.CompleteJobAsync(job.Key, EngineHarness.Worker, EngineHarness.Json("""{"result": {"code": "ok"}, "noise": 1}"""));

        var variables = (await engine.InstanceAsync(id)).Variables;
        Assert.Equal("ok", variables["outcome"]!["code"]!.GetValue<string>());
        Assert.False(variables.ContainsKey("amount"));
        Assert.False(variables.ContainsKey("result"));
        Assert.False(variables.ContainsKey("noise"));
    }

    [Fact]
    public async Task An_operator_can_cancel_a_running_instance()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(User("verify"))));
        var id = await engine.StartAsync("p");

        Assert.True((await engine.Engine.CancelInstanceAsync(id, "admin")).Succeeded);

        Assert.Equal(ProcessInstanceState.Terminated, (await engine.InstanceAsync(id)).State);
        Assert.Empty(await engine.Store.QueryUserTasksAsync(new Storage.UserTaskQuery { State = UserTaskState.Created }, default));
    }

    [Fact]
    public async Task A_loop_without_a_wait_state_is_stopped_by_an_incident_instead_of_running_forever()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(
            Start() + """<bpmn:exclusiveGateway id="a" /><bpmn:exclusiveGateway id="b" />""" + End()
            + Flow("f0", "start", "a") + Flow("f1", "a", "b") + Flow("f2", "b", "a", "=true") + Flow("f3", "b", "end", "=false")));

        var id = await engine.StartAsync("p");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Active, instance.State);
        Assert.Contains(instance.Incidents, i => i.Type == IncidentType.StepLimitExceeded);
    }
}
