using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Bench;

/// <summary>
/// Drives instances the way production does: a starter, one worker loop per job type activating in batches,
/// a verifier loop completing user tasks, and the CA's loop publishing messages. Like real clients, each loop keeps
/// several commands in flight (requests arriving together, a worker finishing the jobs of one batch in parallel).
/// Every command is timed.
/// </summary>
internal sealed class Pipeline(IReadOnlyList<WorkflowEngine> engines, LatencyRecorder latency)
{
    /// <summary>Commands one loop keeps in flight.</summary>
    private const int InFlight = 16;

    private readonly Channel<string> messagesToPublish = Channel.CreateUnbounded<string>();
    private int completed;

    public async Task<TimeSpan> RunAsync(
        string processId, int instances, string[] jobTypes, string finalJobType, bool withUserTask, string? afterJobPublish, string? messageName, int itemsPerInstance = 1)
    {
        var watch = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        // Every node runs its own loops, as every node of a cluster runs its own workers; starts alternate between nodes.
        var loops = new List<Task> { StartAllAsync(processId, instances, itemsPerInstance) };
        foreach (var engine in engines)
        {
            loops.AddRange(jobTypes.Select(type => WorkAsync(engine, type, type == finalJobType, type == afterJobPublish, stop.Token)));
            if (withUserTask)
            {
                loops.Add(VerifyAsync(engine, stop.Token));
            }

            if (messageName is not null)
            {
                loops.Add(PublishAsync(engine, messageName, stop.Token));
            }
        }

        while (Volatile.Read(ref completed) < instances * itemsPerInstance)
        {
            var failed = loops.FirstOrDefault(l => l.IsFaulted);
            if (failed is not null)
            {
                await failed;
            }

            await Task.Delay(20);
        }

        var elapsed = watch.Elapsed;
        await stop.CancelAsync();
        messagesToPublish.Writer.TryComplete();
        await Task.WhenAll(loops.Select(l => l.ContinueWith(_ => { }, TaskScheduler.Default)));
        return elapsed;
    }

    private async Task StartAllAsync(string processId, int instances, int itemsPerInstance)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, InFlight).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < instances; i = Interlocked.Increment(ref next))
            {
                var variables = new JsonObject { ["requestId"] = $"r-{i}", ["reason"] = "KEY_COMPROMISE", ["serialNumber"] = $"{i:x16}" };
                if (itemsPerInstance > 1)
                {
                    // Shape (c): a multi-instance over these items, whose final job runs once per item.
                    variables["items"] = new JsonArray(Enumerable.Range(1, itemsPerInstance).Select(n => (JsonNode)n).ToArray());
                }

                var engine = engines[i % engines.Count];
                var result = await latency.TimeAsync("start instance", () => engine.StartInstanceAsync(processId, variables));
                Check(result);
            }
        }));
    }

    private async Task WorkAsync(WorkflowEngine engine, string type, bool final, bool publishAfter, CancellationToken stop)
    {
        var worker = $"worker-{type}-{engines.ToList().IndexOf(engine)}";
        while (!stop.IsCancellationRequested)
        {
            var jobs = await latency.TimeAsync("activate jobs (batch of up to 32)", () => engine.ActivateJobsAsync(type, 32, worker, TimeSpan.FromMinutes(5), stop));
            if (jobs.Count == 0)
            {
                await Task.Delay(2, stop).ContinueWith(_ => { }, TaskScheduler.Default);
                continue;
            }

            await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = InFlight, CancellationToken = stop }, async (job, token) =>
            {
                // Jobs of one instance completed at once (a parallel multi-instance) race for the instance; the loser
                // retries, as a worker would, after the engine's own retries on conflict ran out.
                var result = await latency.TimeAsync("complete job", () => engine.CompleteJobAsync(job.Key, worker, null, cancellationToken: token));
                while (result.Status == CommandStatus.Conflict)
                {
                    result = await latency.TimeAsync("complete job (again after a conflict)", () => engine.CompleteJobAsync(job.Key, worker, null, cancellationToken: token));
                }

                Check(result);
                if (publishAfter)
                {
                    await messagesToPublish.Writer.WriteAsync(job.Variables["requestId"]!.GetValue<string>(), token);
                }

                if (final)
                {
                    Interlocked.Increment(ref completed);
                }
            });
        }
    }

    private async Task VerifyAsync(WorkflowEngine engine, CancellationToken stop)
    {
        var decision = new JsonObject { ["decision"] = "approved", ["note"] = "diterima" };
        while (!stop.IsCancellationRequested)
        {
            var tasks = await latency.TimeAsync("query inbox (up to 32)", () => engine.Store.QueryUserTasksAsync(
                new UserTaskQuery { State = UserTaskState.Created, CandidateUser = "op", CandidateGroups = ["verifier"], Limit = 32 }, stop));
            if (tasks.Count == 0)
            {
                await Task.Delay(2, stop).ContinueWith(_ => { }, TaskScheduler.Default);
                continue;
            }

            // Another node's verifier may take the same task first: a conflict is that race lost, as in a real inbox.
            await Parallel.ForEachAsync(tasks, new ParallelOptions { MaxDegreeOfParallelism = InFlight, CancellationToken = stop }, async (task, token) =>
                Check(await latency.TimeAsync("complete user task", () => engine.CompleteUserTaskAsync(task.Key, "op", decision, token)), conflictIsLostRace: engines.Count > 1));
        }
    }

    private async Task PublishAsync(WorkflowEngine engine, string messageName, CancellationToken stop)
    {
        await Parallel.ForEachAsync(messagesToPublish.Reader.ReadAllAsync(stop), new ParallelOptions { MaxDegreeOfParallelism = InFlight, CancellationToken = stop }, async (key, token) =>
        {
            var correlated = await latency.TimeAsync("publish message", () => engine.PublishMessageAsync(messageName, key, null, cancellationToken: token));
            if (correlated != 1)
            {
                throw new InvalidOperationException($"Message for {key} correlated {correlated} times.");
            }
        });
    }

    private static void Check(CommandResult result, bool conflictIsLostRace = false)
    {
        if (!result.Succeeded && !(conflictIsLostRace && result.Status == CommandStatus.Conflict))
        {
            throw new InvalidOperationException($"{result.Status}: {result.Message}");
        }
    }
}
