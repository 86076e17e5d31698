using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Tests;
using Ams.Workflow.Engine.Tests.Execution;
using static Ams.Workflow.Engine.Tests.Execution.Elements;
using static Ams.Workflow.Engine.Tests.Execution.MultiInstance;

namespace Ams.Workflow.Store.Tests.Concurrency;

/// <summary>Commands sent to one instance at once on one node take turns instead of racing for its revision.</summary>
public sealed class InstanceTurnTests
{
    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task The_jobs_of_a_parallel_multi_instance_completed_at_once_all_land_without_a_retry(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        // No retries on conflict: a completion that lost a race for the instance would come back as a conflict.
        var engine = new EngineHarness(database.OpenStore(), new WorkflowEngineOptions { ConflictRetries = 0 });
        await engine.DeployAsync(Bpmn.Process(Chain(
            Loop(Service("work", "work"), "=items", outputCollection: "results", outputElement: "=result"), Service("after", "after"))));
        var id = await engine.StartAsync("p", """{"items": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]}""");
        var jobs = await engine.Engine.ActivateJobsAsync("work", 20, EngineHarness.Worker, TimeSpan.FromMinutes(5));

        var results = await Task.WhenAll(jobs.Select(job => Task.Run(() => engine.Engine.CompleteJobAsync(
            job.Key, EngineHarness.Worker, EngineHarness.Json($$"""{"result": {{job.Variables["item"]!.GetValue<int>() * 10}}}""")))));

        Assert.All(results, r => Assert.Equal(CommandStatus.Ok, r.Status));
        var instance = await engine.InstanceAsync(id);
        Assert.Equal("[10,20,30,40,50,60,70,80,90,100,110,120]", instance.Variables["results"]!.ToJsonString());
        Assert.Equal(12, (await engine.HistoryAsync(id)).Count(h => h.Type == HistoryEventType.JobCompleted));
        Assert.Single(await engine.Engine.ActivateJobsAsync("after", 10, EngineHarness.Worker, TimeSpan.FromMinutes(5)));
    }
}
