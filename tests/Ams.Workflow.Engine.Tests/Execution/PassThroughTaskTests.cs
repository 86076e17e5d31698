using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class PassThroughTaskTests
{
    [Theory]
    [InlineData("task")]
    [InlineData("manualTask")]
    public async Task An_undefined_or_manual_task_completes_at_once_and_the_instance_moves_on(string type)
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain($"""<bpmn:{type} id="step" name="Check the paper file" />""", Service("after", "after"))));

        var id = await engine.StartAsync("p");

        Assert.Equal(["start", "step"], await engine.CompletedElementsAsync(id));
        await engine.CompleteJobAsync("after");
        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(id)).State);
    }

    [Fact]
    public async Task A_manual_task_applies_its_input_and_output_mappings()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(
            """<bpmn:manualTask id="step"><bpmn:extensionElements><zeebe:ioMapping><zeebe:input source="=amount * 2" target="doubled" /><zeebe:output source="=doubled + 1" target="total" /></zeebe:ioMapping></bpmn:extensionElements></bpmn:manualTask>""",
            Service("after", "after"))));

        var id = await engine.StartAsync("p", """{"amount": 20}""");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(41, instance.Variables["total"]!.GetValue<decimal>());
        Assert.False(instance.Variables.ContainsKey("doubled"));
    }

    [Fact]
    public async Task A_task_with_a_boundary_timer_completes_and_withdraws_the_timer()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(
            Chain("""<bpmn:task id="step" />""", Service("after", "after"))
            + """<bpmn:boundaryEvent id="late" attachedToRef="step"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>"""
            + End("lateEnd") + Flow("fl", "late", "lateEnd")));

        var id = await engine.StartAsync("p");

        var instance = await engine.InstanceAsync(id);
        Assert.Empty(instance.Timers);
        Assert.Contains("step", await engine.CompletedElementsAsync(id));
        Assert.Single(instance.Jobs, j => j.ElementId == "after");
    }
}
