using Ams.Workflow.Engine.Storage;
using Ams.Workflow.Engine.Tests.Execution;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Queries;

/// <summary>
/// Instances of a two-step process spread over its elements, one with an incident, one cancelled, one on a newer version;
/// every store must count them the same way.
/// </summary>
public static class ElementStatisticsScenario
{
    private static readonly string Model = Bpmn.Process(Chain(User("verify"), Service("work", "ext.work")));

    public static async Task Counts_tokens_and_incidents_per_element_of_one_version_only(IWorkflowStore store)
    {
        var engine = new EngineHarness(store);
        await engine.DeployAsync(Model);
        await engine.StartAsync("p");
        await engine.StartAsync("p");
        var failing = await engine.StartAsync("p");
        await engine.CompleteTaskAsync(failing);
        var job = await engine.ActivateAsync("ext.work");
        Assert.True((await engine.Engine.FailJobAsync(job.Key, EngineHarness.Worker, 0, "down")).Succeeded);
        var working = await engine.StartAsync("p");
        await engine.CompleteTaskAsync(working);
        var cancelled = await engine.StartAsync("p");
        Assert.True((await engine.Engine.CancelInstanceAsync(cancelled, "admin")).Succeeded);
        await engine.DeployAsync(Model.Replace("name=\"verify\"", "name=\"Verify\"", StringComparison.Ordinal));
        await engine.StartAsync("p");

        var first = await store.CountByElementAsync("p", 1, default);
        var second = await store.CountByElementAsync("p", 2, default);
        var none = await store.CountByElementAsync("p", 3, default);

        Assert.Equal([new ElementStatistics("verify", 2, 0), new ElementStatistics("work", 2, 1)], first);
        Assert.Equal([new ElementStatistics("verify", 1, 0)], second);
        Assert.Empty(none);
    }
}
