using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class TimerEventTests
{
    private static string Timer(string id, string duration) =>
        $"""<bpmn:intermediateCatchEvent id="{id}"><bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">{duration}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""";

    private static string Boundary(string id, string attachedTo, string definition, bool interrupting = true) =>
        $"""<bpmn:boundaryEvent id="{id}" attachedToRef="{attachedTo}" cancelActivity="{(interrupting ? "true" : "false")}">{definition}</bpmn:boundaryEvent>""";

    private static string Duration(string value) =>
        $"""<bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">{value}</bpmn:timeDuration></bpmn:timerEventDefinition>""";

    private static string Cycle(string value) =>
        $"""<bpmn:timerEventDefinition><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">{value}</bpmn:timeCycle></bpmn:timerEventDefinition>""";

    [Fact]
    public async Task An_intermediate_timer_waits_until_it_is_due()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Timer("wait", "PT10M"))));
        var id = await engine.StartAsync("p");

        Assert.Equal(0, await engine.FireDueTimersAsync());
        engine.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(1, await engine.FireDueTimersAsync());

        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(id)).State);
        Assert.Contains((HistoryEventType.TimerFired, "wait"), await engine.HistoryAsync(id));
    }

    [Fact]
    public async Task A_timer_duration_can_come_from_FEEL()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Timer("wait", "=if urgent then duration(\"PT1H\") else duration(\"PT4H\")"))));
        var id = await engine.StartAsync("p", """{"urgent": true}""");

        var timer = Assert.Single((await engine.InstanceAsync(id)).Timers);
        Assert.Equal(engine.Clock.GetUtcNow().AddHours(1), timer.DueAt);
    }

    [Fact]
    public async Task An_interrupting_boundary_timer_withdraws_the_task_and_takes_its_own_path()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(
            Chain(User("review")) + Boundary("late", "review", Duration("PT1H")) + End("timedOut") + Flow("fl", "late", "timedOut")));
        var id = await engine.StartAsync("p");
        var task = await engine.OpenTaskAsync(id);

        engine.Clock.Advance(TimeSpan.FromHours(1));
        await engine.FireDueTimersAsync();

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Equal(UserTaskState.Canceled, (await engine.Store.FindUserTaskAsync(task.Key, default))!.State);
        Assert.Contains((HistoryEventType.ElementTerminated, "review"), await engine.HistoryAsync(id));
        Assert.Contains("timedOut", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task A_non_interrupting_cycle_fires_each_time_while_the_task_stays_open_and_stops_with_it()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(
            Chain(User("review")) + Boundary("remind", "review", Cycle("R2/PT1H"), interrupting: false)
            + Service("reminder", "remind") + Flow("fr", "remind", "reminder")));
        var id = await engine.StartAsync("p");

        engine.Clock.Advance(TimeSpan.FromHours(1));
        await engine.FireDueTimersAsync();
        engine.Clock.Advance(TimeSpan.FromHours(1));
        await engine.FireDueTimersAsync();
        engine.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await engine.FireDueTimersAsync());

        Assert.Equal(2, (await engine.InstanceAsync(id)).Jobs.Count(j => j.Type == "remind"));
        Assert.Single((await engine.InstanceAsync(id)).UserTasks);
        await engine.CompleteTaskAsync(id);
        Assert.Empty((await engine.InstanceAsync(id)).Timers);
    }

    [Fact]
    public async Task Completing_the_task_first_withdraws_its_boundary_timer()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(
            Chain(User("review")) + Boundary("late", "review", Duration("PT1H")) + End("timedOut") + Flow("fl", "late", "timedOut")));
        var id = await engine.StartAsync("p");

        await engine.CompleteTaskAsync(id);
        engine.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(0, await engine.FireDueTimersAsync());
        Assert.DoesNotContain("timedOut", await engine.CompletedElementsAsync(id));
    }
}
