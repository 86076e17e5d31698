using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Tests;
using Ams.Workflow.Engine.Tests.Execution;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Store.Tests.Concurrency;

/// <summary>A due timer that every node's sweep finds at once fires once in the cluster.</summary>
public sealed class TimerTests
{
    private const string Wait = """<bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""";

    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task Four_nodes_firing_the_same_due_timers_advance_each_instance_once(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var engine = new EngineHarness(database.OpenStore());
        await engine.DeployAsync(Bpmn.Process(Chain(Wait, Service("after", "after"))));
        var ids = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            ids.Add(await engine.StartAsync("p"));
        }

        engine.Clock.Advance(TimeSpan.FromHours(2));
        var nodes = Enumerable.Range(0, 4).Select(_ => new WorkflowEngine(database.OpenStore(), clock: engine.Clock)).ToList();

        var fired = await Task.WhenAll(nodes.Select(node => Task.Run(async () =>
        {
            var succeeded = 0;
            foreach (var timer in await node.Store.FindDueTimersAsync(engine.Clock.GetUtcNow(), 100, default))
            {
                succeeded += (await node.FireTimerAsync(timer.Key)).Succeeded ? 1 : 0;
            }

            return succeeded;
        })));

        Assert.Equal(ids.Count, fired.Sum());
        foreach (var id in ids)
        {
            Assert.Single(await engine.HistoryAsync(id), h => h.Type == HistoryEventType.TimerFired);
        }

        Assert.Equal(ids.Count, (await engine.Engine.ActivateJobsAsync("after", 100, "w", TimeSpan.FromMinutes(1))).Count);
    }
}
