using Ams.Workflow.Store;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Tests;
using Ams.Workflow.Store.Tests;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Hangfire.Tests;

public sealed class HangfireExecutionTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly StoreDatabase database = new(DatabaseProvider.Sqlite);

    [Fact]
    public async Task An_in_process_worker_runs_the_job_on_Hangfire_and_the_instance_completes()
    {
        var log = new ExecutionLog();
        await using var node = new HangfireNode(database, "node-1", log, r => r.Add<RecordingHandler>("record"));
        await node.Engine.DeployAsync(Bpmn.Process(Chain(Service("task", "record"))), "t");

        var id = (await node.Engine.StartInstanceAsync("p", null)).Value;

        var instance = await WaitForEndAsync(node.Engine, id);
        Assert.Equal("node-1", instance.Variables["handledBy"]!.GetValue<string>());
        Assert.Single(log.Runs);
    }

    [Fact]
    public async Task A_timer_is_fired_by_Hangfire_when_due()
    {
        var log = new ExecutionLog();
        await using var node = new HangfireNode(database, "node-1", log, _ => { });
        await node.Engine.DeployAsync(Bpmn.Process(Chain(
            """<bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT1S</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""")), "t");

        var id = (await node.Engine.StartInstanceAsync("p", null)).Value;

        var instance = await WaitForEndAsync(node.Engine, id);
        Assert.Contains(await node.Engine.Store.GetHistoryAsync(id, default), h => h.Type == HistoryEventType.TimerFired);
        Assert.NotNull(instance.EndedAt);
    }

    [Fact]
    public async Task A_failing_worker_is_retried_after_its_back_off_until_it_succeeds()
    {
        var log = new ExecutionLog();
        await using var node = new HangfireNode(database, "node-1", log, r => r.Add<FlakyHandler>("flaky"));
        await node.Engine.DeployAsync(Bpmn.Process(Chain(Service("task", "flaky", retries: "3"))), "t");

        var id = (await node.Engine.StartInstanceAsync("p", null)).Value;

        await WaitForEndAsync(node.Engine, id);
        var failures = (await node.Engine.Store.GetHistoryAsync(id, default)).Where(h => h.Type == HistoryEventType.JobFailed).ToList();
        Assert.Equal(2, failures.Count);
        Assert.Contains("not answering", failures[0].Details, StringComparison.Ordinal);
        Assert.Equal(3, log.Runs.Count);
    }

    [Fact]
    public async Task A_worker_that_outlasts_its_lease_keeps_it_by_renewal_and_no_other_node_runs_the_job()
    {
        var log = new ExecutionLog();
        var lease = TimeSpan.FromSeconds(1);
        await using var first = new HangfireNode(database, "node-1", log, r => r.Add<SlowHandler>("slow"), lease);
        await using var second = new HangfireNode(database, "node-2", log, r => r.Add<SlowHandler>("slow"), lease);
        await first.Engine.DeployAsync(Bpmn.Process(Chain(Service("task", "slow"))), "t");

        var id = (await first.Engine.StartInstanceAsync("p", null)).Value;
        while ((await first.Engine.GetInstanceAsync(id))!.State == ProcessInstanceState.Active)
        {
            // The other node is offered every job again and again while the first one works on it.
            await second.SweepAsync();
            await Task.Delay(100);
        }

        Assert.Empty(log.Overlaps);
        Assert.Single(log.Runs);
    }

    [Fact]
    public async Task A_result_the_engine_refuses_counts_as_a_failed_attempt_and_ends_in_an_incident()
    {
        var log = new ExecutionLog();
        await using var node = new HangfireNode(database, "node-1", log, r => r.Add<OversizedResultHandler>("oversized"));
        await node.Engine.DeployAsync(Bpmn.Process(Chain(Service("task", "oversized", retries: "2"))), "t");

        var id = (await node.Engine.StartInstanceAsync("p", null)).Value;

        var deadline = DateTime.UtcNow + Patience;
        IncidentRecord? incident;
        while ((incident = (await node.Engine.GetInstanceAsync(id))!.Incidents.SingleOrDefault()) is null)
        {
            Assert.True(DateTime.UtcNow < deadline, "No incident was raised.");
            await Task.Delay(50);
        }

        Assert.Equal(IncidentType.JobNoRetries, incident.Type);
        Assert.Contains("more than the 1048576 allowed", incident.Message, StringComparison.Ordinal);
        Assert.Equal(2, log.Runs.Count);
    }

    [Fact]
    public async Task Two_nodes_on_one_database_never_run_one_job_twice()
    {
        var log = new ExecutionLog();
        await using var first = new HangfireNode(database, "node-1", log, r => r.Add<RecordingHandler>("record"));
        await using var second = new HangfireNode(database, "node-2", log, r => r.Add<RecordingHandler>("record"));
        await first.Engine.DeployAsync(Bpmn.Process(Chain(Service("a", "record"), Service("b", "record"))), "t");
        var ids = new List<Guid>();
        for (var i = 0; i < 60; i++)
        {
            ids.Add((await first.Engine.StartInstanceAsync("p", null)).Value);
        }

        // Both nodes sweep the shared database over and over, so each job is offered to both of them.
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline && !await AllEndedAsync(first.Engine, ids))
        {
            await Task.WhenAll(first.SweepAsync(), second.SweepAsync());
            await Task.Delay(50);
        }

        Assert.True(await AllEndedAsync(first.Engine, ids));
        Assert.Empty(log.Overlaps);
        Assert.Equal(ids.Count * 2, log.Runs.Count);
        Assert.Equal(ids.Count * 2, log.Runs.Select(r => r.JobKey).Distinct().Count());
    }

    private static async Task<bool> AllEndedAsync(WorkflowEngine engine, List<Guid> ids)
    {
        foreach (var id in ids)
        {
            if ((await engine.GetInstanceAsync(id))!.State == ProcessInstanceState.Active)
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<ProcessInstance> WaitForEndAsync(WorkflowEngine engine, Guid id)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var instance = (await engine.GetInstanceAsync(id))!;
            if (instance.State != ProcessInstanceState.Active || DateTime.UtcNow > deadline)
            {
                Assert.Equal(ProcessInstanceState.Completed, instance.State);
                return instance;
            }

            await Task.Delay(50);
        }
    }

    public void Dispose() => database.Dispose();
}
