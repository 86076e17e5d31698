using System.Collections.Concurrent;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Tests;
using Ams.Workflow.Engine.Tests.Execution;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Store.Tests.Recovery;

public sealed class RestartTests
{
    private const int Instances = 40;
    private readonly ManualClock clock = new();

    [Theory]
    [MemberData(nameof(StoreDatabase.Providers), MemberType = typeof(StoreDatabase))]
    public async Task A_host_stopped_mid_flight_resumes_every_instance_after_restart_and_repeats_no_completed_step(DatabaseProvider provider)
    {
        using var database = new StoreDatabase(provider);
        var first = new WorkflowEngine(database.OpenStore(), clock: clock);
        Assert.True((await first.DeployAsync(Bpmn.Process(Chain(Service("a", "a"), Service("b", "b"), User("verify"), Service("c", "c"))), "t")).Succeeded);
        var ids = new List<Guid>();
        for (var i = 0; i < Instances; i++)
        {
            ids.Add((await first.StartInstanceAsync("p", null)).Value);
        }

        var completedBefore = new ConcurrentBag<Guid>();
        using (var stop = new CancellationTokenSource())
        {
            var workers = Enumerable.Range(0, 3).Select(_ => Task.Run(() => WorkAsync(first, completedBefore, stop.Token))).ToList();
            while (completedBefore.Count < Instances / 2)
            {
                await Task.Delay(5);
            }

            // Stop every worker wherever it is, some in the middle of a transaction, and forget the node.
            await stop.CancelAsync();
            await Task.WhenAll(workers.Select(w => w.ContinueWith(_ => { }, TaskScheduler.Default)));
        }

        StoreDatabase.ForgetConnections();
        clock.Advance(TimeSpan.FromMinutes(10));
        var second = new WorkflowEngine(database.OpenStore(), clock: clock);
        var completedAfter = new ConcurrentBag<Guid>();
        await WorkAsync(second, completedAfter, CancellationToken.None, untilIdle: true);

        Assert.Empty(completedAfter.Intersect(completedBefore));
        foreach (var id in ids)
        {
            var instance = await second.GetInstanceAsync(id);
            Assert.Equal(ProcessInstanceState.Completed, instance!.State);
            var completed = (await second.Store.GetHistoryAsync(id, default)).Where(h => h.Type == HistoryEventType.ElementCompleted).Select(h => h.ElementId).ToList();
            Assert.Equal(["start", "a", "b", "verify", "c", "end"], completed);
        }
    }

    private static async Task WorkAsync(WorkflowEngine engine, ConcurrentBag<Guid> completed, CancellationToken stop, bool untilIdle = false)
    {
        var worker = Guid.NewGuid().ToString("N");
        while (!stop.IsCancellationRequested)
        {
            var progressed = false;
            foreach (var type in new[] { "a", "b", "c" })
            {
                foreach (var job in await engine.ActivateJobsAsync(type, 5, worker, TimeSpan.FromMinutes(1), stop))
                {
                    if ((await engine.CompleteJobAsync(job.Key, worker, null, cancellationToken: stop)).Succeeded)
                    {
                        completed.Add(job.Key);
                        progressed = true;
                    }
                }
            }

            foreach (var task in await engine.Store.QueryUserTasksAsync(new Engine.Storage.UserTaskQuery { State = UserTaskState.Created, Limit = 5 }, stop))
            {
                progressed |= (await engine.CompleteUserTaskAsync(task.Key, worker, null, stop)).Succeeded;
            }

            if (untilIdle && !progressed)
            {
                return;
            }
        }
    }

}
