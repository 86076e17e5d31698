using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class SequenceFlowTests
{
    [Fact]
    public async Task Runs_start_service_task_end_and_records_each_step_in_order()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Service("task", "work"))));

        var id = await engine.StartAsync("p");
        Assert.Equal(ProcessInstanceState.Active, (await engine.InstanceAsync(id)).State);
        var job = await engine.CompleteJobAsync("work");

        Assert.Equal("task", job.ElementId);
        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(id)).State);
        Assert.Equal(["start", "task", "end"], await engine.CompletedElementsAsync(id));
        var history = await engine.HistoryAsync(id);
        Assert.Equal(HistoryEventType.InstanceStarted, history[0].Type);
        Assert.Equal(HistoryEventType.InstanceCompleted, history[^1].Type);
        Assert.Contains((HistoryEventType.SequenceFlowTaken, "f_task_end"), history);
    }

    [Fact]
    public async Task A_task_with_no_outgoing_flow_ends_its_path()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Start() + Service("task", "work") + Flow("f1", "start", "task")));

        var id = await engine.StartAsync("p");
        await engine.CompleteJobAsync("work");

        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(id)).State);
    }

    [Fact]
    public async Task Job_completion_variables_reach_the_process_scope()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Service("a", "first"), Service("b", "second"))));

        var id = await engine.StartAsync("p", """{"x": 1}""");
        await engine.CompleteJobAsync("first", """{"y": "two"}""");
        var second = await engine.ActivateAsync("second");

        Assert.Equal(1, second.Variables["x"]!.GetValue<int>());
        Assert.Equal("two", second.Variables["y"]!.GetValue<string>());
        Assert.Equal("two", (await engine.InstanceAsync(id)).Variables["y"]!.GetValue<string>());
    }
}
