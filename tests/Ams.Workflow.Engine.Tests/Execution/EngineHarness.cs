using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Engine.Tests.Execution;

/// <summary>Drives the engine through its public API, the way a worker, an inbox and a clock would.</summary>
public sealed class EngineHarness
{
    public const string Worker = "test-worker";

    public EngineHarness(IWorkflowStore? store = null, WorkflowEngineOptions? options = null)
    {
        Store = store ?? new InMemoryWorkflowStore();
        Engine = new WorkflowEngine(Store, clock: Clock, options: options);
    }

    public ManualClock Clock { get; } = new();

    public IWorkflowStore Store { get; }

    public WorkflowEngine Engine { get; }

    public async Task<DeploymentResult> DeployAsync(string xml)
    {
        var result = await Engine.DeployAsync(xml, "tester");
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
        return result;
    }

    public async Task<Guid> StartAsync(string processId, string variables = "{}")
    {
        var result = await Engine.StartInstanceAsync(processId, Json(variables));
        Assert.True(result.Succeeded, result.Message);
        return result.Value;
    }

    public async Task<JobRecord> ActivateAsync(string type)
    {
        var jobs = await Engine.ActivateJobsAsync(type, 1, Worker, TimeSpan.FromMinutes(5));
        return Assert.Single(jobs);
    }

    public async Task<JobRecord> CompleteJobAsync(string type, string variables = "{}")
    {
        var job = await ActivateAsync(type);
        var result = await Engine.CompleteJobAsync(job.Key, Worker, Json(variables));
        Assert.True(result.Succeeded, result.Message);
        return job;
    }

    public async Task<UserTaskRecord> OpenTaskAsync(Guid instanceId, string? elementId = null)
    {
        var tasks = await Store.QueryUserTasksAsync(new UserTaskQuery { ProcessInstanceId = instanceId, State = UserTaskState.Created }, default);
        return Assert.Single(tasks, t => elementId is null || t.ElementId == elementId);
    }

    public async Task CompleteTaskAsync(Guid instanceId, string variables = "{}", string user = "alice", string? elementId = null)
    {
        var task = await OpenTaskAsync(instanceId, elementId);
        var result = await Engine.CompleteUserTaskAsync(task.Key, user, Json(variables));
        Assert.True(result.Succeeded, result.Message);
    }

    public async Task<int> FireDueTimersAsync()
    {
        var due = await Store.FindDueTimersAsync(Clock.GetUtcNow(), 100, default);
        foreach (var timer in due)
        {
            Assert.True((await Engine.FireTimerAsync(timer.Key)).Succeeded);
        }

        return due.Count;
    }

    public async Task<ProcessInstance> InstanceAsync(Guid id) =>
        await Engine.GetInstanceAsync(id) ?? throw new InvalidOperationException($"No instance {id}.");

    public async Task<List<string>> CompletedElementsAsync(Guid id) =>
        (await Store.GetHistoryAsync(id, default)).Where(h => h.Type == HistoryEventType.ElementCompleted).Select(h => h.ElementId!).ToList();

    public async Task<List<(HistoryEventType Type, string? ElementId)>> HistoryAsync(Guid id) =>
        (await Store.GetHistoryAsync(id, default)).Select(h => (h.Type, h.ElementId)).ToList();

    public static JsonObject Json(string json) => (JsonObject)JsonNode.Parse(json)!;
}
