using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Tests;
using Ams.Workflow.Engine.Tests.Execution;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Store.Tests.Concurrency;

/// <summary>Workers on several nodes asking for jobs at once each get their own: no job is leased twice.</summary>
public sealed class JobLeaseTests
{
    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task Concurrent_activations_from_several_nodes_lease_every_job_exactly_once(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var engine = new EngineHarness(database.OpenStore());
        await engine.DeployAsync(Bpmn.Process(Chain(Service("work", "work"))));
        for (var i = 0; i < 60; i++)
        {
            await engine.StartAsync("p");
        }

        var nodes = Enumerable.Range(0, 4).Select(_ => new WorkflowEngine(database.OpenStore(), clock: engine.Clock)).ToList();
        var leased = await Task.WhenAll(nodes.SelectMany((node, n) => Enumerable.Range(0, 5).Select(w =>
            Task.Run(() => node.ActivateJobsAsync("work", 4, $"node{n}-worker{w}", TimeSpan.FromMinutes(1))))));

        var keys = leased.SelectMany(jobs => jobs).Select(j => j.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(60, keys.Count + (await engine.Engine.ActivateJobsAsync("work", 100, "late", TimeSpan.FromMinutes(1))).Count);
    }
}
