using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Tests;
using Ams.Workflow.Engine.Tests.Execution;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Store.Tests.Concurrency;

/// <summary>Commands that meet at the writer share one transaction, and a loser in it is rolled back alone.</summary>
public sealed class GroupCommitTests
{
    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task Concurrent_commands_all_commit_and_only_the_duplicates_conflict(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var engine = new EngineHarness(database.OpenStore());
        await engine.DeployAsync(Bpmn.Process(Chain(Service("work", "work"))));
        var ids = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => engine.StartAsync("p"))));
        var jobs = await engine.Engine.ActivateJobsAsync("work", 100, EngineHarness.Worker, TimeSpan.FromMinutes(5));
        Assert.Equal(40, jobs.Count);
        var rival = new WorkflowEngine(database.OpenStore(), clock: engine.Clock);

        var completions = jobs.Select(j => Task.Run(() => engine.Engine.CompleteJobAsync(j.Key, EngineHarness.Worker, null)))
            .Concat(jobs.Take(8).Select(j => Task.Run(() => rival.CompleteJobAsync(j.Key, EngineHarness.Worker, null))));
        var results = await Task.WhenAll(completions);

        Assert.Equal(40, results.Count(r => r.Succeeded));
        Assert.Equal(8, results.Count(r => !r.Succeeded));
        foreach (var id in ids)
        {
            Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(id)).State);
            Assert.Single(await engine.HistoryAsync(id), h => h.Type == HistoryEventType.JobCompleted);
        }
    }

}
