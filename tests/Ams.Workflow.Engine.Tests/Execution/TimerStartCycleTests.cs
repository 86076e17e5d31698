using Ams.Workflow.Engine.Processing;
using Ams.Workflow.Engine.Storage;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class TimerStartCycleTests
{
    private static string Model(string cycle) => Bpmn.Process(
        $"""<bpmn:startEvent id="tick"><bpmn:timerEventDefinition><bpmn:timeCycle xsi:type="bpmn:tFormalExpression">{cycle}</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>"""
        + Service("work", "work") + End() + Flow("f1", "tick", "work") + Flow("f2", "work", "end"));

    [Fact]
    public async Task An_unbounded_cycle_starts_an_instance_every_interval()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Model("R/PT1H"));

        for (var hour = 1; hour <= 3; hour++)
        {
            engine.Clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal(1, await engine.FireDueTimersAsync());
            Assert.Equal(hour, await InstanceCountAsync(engine));
        }

        var next = Assert.Single(await engine.Store.FindDueTimersAsync(DateTimeOffset.MaxValue, 10, default));
        Assert.Equal(engine.Clock.GetUtcNow().AddHours(1), next.DueAt);
    }

    [Fact]
    public async Task A_bounded_cycle_stops_after_its_repetitions()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Model("R2/PT10S"));

        engine.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, await engine.FireDueTimersAsync());
        engine.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, await engine.FireDueTimersAsync());

        Assert.Equal(2, await InstanceCountAsync(engine));
        Assert.Empty(await engine.Store.FindDueTimersAsync(DateTimeOffset.MaxValue, 10, default));
    }

    [Fact]
    public async Task A_cron_cycle_starts_an_instance_at_each_match()
    {
        // The clock starts on Tuesday 24 November 2026 at 09:00 UTC.
        var engine = new EngineHarness();
        await engine.DeployAsync(Model("0 30 9 * * MON-FRI"));

        var first = Assert.Single(await engine.Store.FindDueTimersAsync(DateTimeOffset.MaxValue, 10, default));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.Zero), first.DueAt);

        engine.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(1, await engine.FireDueTimersAsync());

        Assert.Equal(1, await InstanceCountAsync(engine));
        var next = Assert.Single(await engine.Store.FindDueTimersAsync(DateTimeOffset.MaxValue, 10, default));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero), next.DueAt);
    }

    [Theory]
    [InlineData("0 0 25 * * *")]
    [InlineData("0 0 9 * *")]
    [InlineData("0 0 9 L * *")]
    [InlineData("every hour")]
    public async Task A_cycle_that_is_neither_an_interval_nor_cron_is_refused_with_the_start_event(string cycle)
    {
        var engine = new EngineHarness();

        var result = await engine.Engine.DeployAsync(Model(cycle), "tester");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.ElementId == "tick" && p.Message.Contains("cron", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("0 0 9 * * MON-FRI", "2026-11-27T10:00:00Z", "2026-11-30T09:00:00Z")]
    [InlineData("*/15 * * * * *", "2026-11-24T09:00:07Z", "2026-11-24T09:00:15Z")]
    [InlineData("0 0 0 1 JAN,JUL ?", "2026-02-10T00:00:00Z", "2026-07-01T00:00:00Z")]
    [InlineData("0 0 12 29 2 *", "2026-03-01T00:00:00Z", "2028-02-29T12:00:00Z")]
    [InlineData("@daily", "2026-11-24T09:00:00Z", "2026-11-25T00:00:00Z")]
    [InlineData("0 0 8-18/5 * * SUN", "2026-11-29T09:00:00Z", "2026-11-29T13:00:00Z")]
    [InlineData("0 0 0 * * 7", "2026-11-24T09:00:00Z", "2026-11-29T00:00:00Z")]
    public void Cron_finds_the_next_match_as_Spring_does(string expression, string after, string expected)
    {
        var cron = CronSchedule.TryParse(expression);

        Assert.NotNull(cron);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), cron.Next(DateTimeOffset.Parse(after, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static async Task<int> InstanceCountAsync(EngineHarness engine) =>
        (await engine.Store.QueryInstancesAsync(new InstanceQuery { ProcessId = "p" }, default)).Count;
}
