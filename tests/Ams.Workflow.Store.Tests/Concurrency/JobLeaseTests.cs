using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
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

    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task A_renewed_lease_outlives_its_first_end_and_a_restarted_node_ends_only_its_own_leases(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var engine = new EngineHarness(database.OpenStore());
        await engine.DeployAsync(Bpmn.Process(Chain(Service("work", "work"))));
        await engine.StartAsync("p");
        await engine.StartAsync("p");
        await engine.StartAsync("p");
        var lease = TimeSpan.FromSeconds(30);
        var renewed = (await engine.Engine.ActivateJobsAsync("work", 1, "node-a", lease)).Single();
        var crashed = (await engine.Engine.ActivateJobsAsync("work", 1, "node-a", lease)).Single();
        var other = (await engine.Engine.ActivateJobsAsync("work", 1, "node-b", lease)).Single();

        engine.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(await engine.Engine.RenewJobLeaseAsync(renewed.Key, "node-a", lease));
        Assert.False(await engine.Engine.RenewJobLeaseAsync(other.Key, "node-a", lease));
        engine.Clock.Advance(TimeSpan.FromSeconds(15));
        var expired = await engine.Engine.ActivateJobsAsync("work", 10, "node-c", lease);
        Assert.Equal(new[] { crashed.Key, other.Key }.Order(), expired.Select(j => j.Key).Order());

        await engine.StartAsync("p");
        var held = (await engine.Engine.ActivateJobsAsync("work", 1, "node-a", lease)).Single();
        Assert.Equal(2, await engine.Engine.ReleaseJobLeasesAsync("node-a"));
        var takenAtOnce = await engine.Engine.ActivateJobsAsync("work", 10, "node-c", lease);
        Assert.Equal(new[] { renewed.Key, held.Key }.Order(), takenAtOnce.Select(j => j.Key).Order());
        Assert.False(await engine.Engine.RenewJobLeaseAsync(held.Key, "node-a", lease));
    }

    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task A_completion_whose_lease_was_taken_over_before_its_commit_writes_nothing_and_the_new_holder_completes(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var store = database.OpenStore();
        var engine = new EngineHarness(store);
        await engine.DeployAsync(Bpmn.Process(Chain(Service("work", "work"))));
        var id = await engine.StartAsync("p");
        var lease = TimeSpan.FromSeconds(30);
        var job = (await engine.Engine.ActivateJobsAsync("work", 1, "slow", lease)).Single();

        // The slow worker's completion, as the engine builds it, reaches the store after its lease ran out and another
        // worker took the job.
        var instance = (await store.LoadInstanceAsync(id, default))!;
        var completed = instance.Jobs.Single(j => j.Key == job.Key);
        instance.Jobs.Remove(completed);
        completed.State = JobState.Completed;
        var changes = new InstanceChanges(instance, instance.Revision) { RequiredLease = (job.Key, "slow") };
        changes.Jobs[job.Key] = completed;
        changes.History.Add(new HistoryEvent(id, HistoryEventType.JobCompleted, "work", completed.ElementInstanceKey, "slow", DateTimeOffset.UtcNow, "work"));
        instance.Revision++;
        engine.Clock.Advance(TimeSpan.FromSeconds(40));
        var taken = (await engine.Engine.ActivateJobsAsync("work", 1, "fast", lease)).Single();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(changes, default));
        Assert.Equal(job.Key, taken.Key);
        Assert.DoesNotContain(await store.GetHistoryAsync(id, default), h => h.Actor == "slow");
        Assert.True((await engine.Engine.CompleteJobAsync(taken.Key, "fast", null)).Succeeded);
        Assert.Equal(ProcessInstanceState.Completed, (await store.LoadInstanceAsync(id, default))!.State);
    }
}
