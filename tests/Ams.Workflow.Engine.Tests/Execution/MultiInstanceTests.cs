using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;
using static Ams.Workflow.Engine.Tests.Execution.MultiInstance;

namespace Ams.Workflow.Engine.Tests.Execution;

/// <summary>
/// Multi-instance activities with Zeebe's semantics: a body around one inner instance per item, each with its item and
/// loopCounter, outputs collected at their item's index, a completion condition that ends the rest early.
/// </summary>
public sealed class MultiInstanceTests
{
    [Fact]
    public async Task A_parallel_service_task_runs_once_per_item_and_collects_each_result_at_its_items_index()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(
            Loop(Service("work", "work"), "=items", outputCollection: "results", outputElement: "=result"), Service("after", "after"))));
        var id = await engine.StartAsync("p", """{"items": ["a", "b", "c"]}""");

        var jobs = await engine.Engine.ActivateJobsAsync("work", 10, EngineHarness.Worker, TimeSpan.FromMinutes(5));
        Assert.Equal(["a", "b", "c"], jobs.Select(j => j.Variables["item"]!.GetValue<string>()).Order());
        Assert.Equal([1, 2, 3], jobs.Select(j => j.Variables["loopCounter"]!.GetValue<int>()).Order());
        foreach (var job in jobs.OrderByDescending(j => j.Variables["loopCounter"]!.GetValue<int>()))
        {
            var item = job.Variables["item"]!.GetValue<string>();
            Assert.True((await engine.Engine.CompleteJobAsync(job.Key, EngineHarness.Worker, EngineHarness.Json($$"""{"result": "{{item.ToUpperInvariant()}}"}"""))).Succeeded);
        }

        var instance = await engine.InstanceAsync(id);
        Assert.Equal("""["A","B","C"]""", instance.Variables["results"]!.ToJsonString());
        Assert.False(instance.Variables.ContainsKey("result"));
        Assert.False(instance.Variables.ContainsKey("item"));
        Assert.Equal(4, (await engine.CompletedElementsAsync(id)).Count(e => e == "work"));
        var after = await engine.ActivateAsync("after");
        Assert.Equal("""["A","B","C"]""", after.Variables["results"]!.ToJsonString());
    }

    [Fact]
    public async Task A_sequential_service_task_runs_one_item_at_a_time_in_the_collections_order()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Loop(Service("work", "work"), "=items", sequential: true))));
        var id = await engine.StartAsync("p", """{"items": [30, 10, 20]}""");

        var seen = new List<(int Item, int Counter)>();
        for (var i = 0; i < 3; i++)
        {
            Assert.Single((await engine.InstanceAsync(id)).Jobs);
            var job = await engine.CompleteJobAsync("work");
            seen.Add((job.Variables["item"]!.GetValue<int>(), job.Variables["loopCounter"]!.GetValue<int>()));
        }

        Assert.Equal([(30, 1), (10, 2), (20, 3)], seen);
        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(id)).State);
    }

    [Fact]
    public async Task A_completion_condition_that_holds_terminates_the_remaining_parallel_instances()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Loop(Service("vote", "vote"), "=voters", outputCollection: "votes", outputElement: "=approved",
            completionCondition: "=numberOfCompletedInstances >= 2 and numberOfInstances = 4 and numberOfTerminatedInstances = 0"))));
        var id = await engine.StartAsync("p", """{"voters": ["a", "b", "c", "d"]}""");

        var jobs = await engine.Engine.ActivateJobsAsync("vote", 10, EngineHarness.Worker, TimeSpan.FromMinutes(5));
        var first = jobs.Single(j => j.Variables["item"]!.GetValue<string>() == "b");
        var second = jobs.Single(j => j.Variables["item"]!.GetValue<string>() == "d");
        await engine.Engine.CompleteJobAsync(first.Key, EngineHarness.Worker, EngineHarness.Json("""{"approved": true}"""));
        Assert.Equal(3, (await engine.InstanceAsync(id)).Jobs.Count);
        await engine.Engine.CompleteJobAsync(second.Key, EngineHarness.Worker, EngineHarness.Json("""{"approved": false}"""));

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Empty(instance.Jobs);
        Assert.Equal("""[null,true,null,false]""", instance.Variables["votes"]!.ToJsonString());
        var history = await engine.HistoryAsync(id);
        Assert.Equal(2, history.Count(h => h == (HistoryEventType.ElementTerminated, "vote")));
        Assert.Equal(3, history.Count(h => h == (HistoryEventType.ElementCompleted, "vote")));
    }

    [Fact]
    public async Task A_sequential_completion_condition_reads_the_inner_instances_variables_and_stops_early()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Loop(Service("try", "try"), "=hosts", inputElement: "host",
            completionCondition: "=reachable = true and numberOfActiveInstances = 0", sequential: true))));
        var id = await engine.StartAsync("p", """{"hosts": ["h1", "h2", "h3"]}""");

        await engine.CompleteJobAsync("try", """{"reachable": false}""");
        var second = await engine.CompleteJobAsync("try", """{"reachable": true}""");

        Assert.Equal("h2", second.Variables["host"]!.GetValue<string>());
        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Equal(2, (await engine.HistoryAsync(id)).Count(h => h == (HistoryEventType.JobCreated, "try")));
    }

    [Fact]
    public async Task A_multi_instance_sub_process_runs_its_inner_flow_once_per_item_with_the_item_in_scope()
    {
        var engine = new EngineHarness();
        var sub = $"""<bpmn:subProcess id="perLine">{Start("s0")}{Service("price", "price")}{End("e0")}{Flow("g1", "s0", "price")}{Flow("g2", "price", "e0")}</bpmn:subProcess>""";
        await engine.DeployAsync(Bpmn.Process(Chain(Loop(sub, "=order.lines", inputElement: "line", outputCollection: "prices", outputElement: "=line.qty * unitPrice"))));
        var id = await engine.StartAsync("p", """{"order": {"lines": [{"sku": "x", "qty": 2}, {"sku": "y", "qty": 5}]}}""");

        var jobs = await engine.Engine.ActivateJobsAsync("price", 10, EngineHarness.Worker, TimeSpan.FromMinutes(5));
        Assert.Equal(2, jobs.Count);
        foreach (var job in jobs)
        {
            var price = job.Variables["line"]!["sku"]!.GetValue<string>() == "x" ? 10 : 3;
            await engine.Engine.CompleteJobAsync(job.Key, EngineHarness.Worker, EngineHarness.Json($$"""{"unitPrice": {{price}}}"""));
        }

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Equal("[20,15]", instance.Variables["prices"]!.ToJsonString());
        Assert.Equal(3, (await engine.CompletedElementsAsync(id)).Count(e => e == "perLine"));
    }

    [Fact]
    public async Task A_parallel_user_task_puts_one_task_per_reviewer_in_the_inbox_and_collects_their_decisions()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Loop(User("review", """<zeebe:assignmentDefinition assignee="=reviewer" />"""),
            "=reviewers", inputElement: "reviewer", outputCollection: "decisions", outputElement: "=approved"))));
        var id = await engine.StartAsync("p", """{"reviewers": ["ani", "budi"]}""");

        var tasks = await engine.Store.QueryUserTasksAsync(new Storage.UserTaskQuery { ProcessInstanceId = id, State = UserTaskState.Created }, default);
        Assert.Equal(["ani", "budi"], tasks.Select(t => t.Assignee!).Order());
        foreach (var task in tasks.OrderByDescending(t => t.Assignee))
        {
            var result = await engine.Engine.CompleteUserTaskAsync(task.Key, task.Assignee!, EngineHarness.Json($$"""{"approved": {{(task.Assignee == "ani" ? "true" : "false")}}}"""));
            Assert.True(result.Succeeded, result.Message);
        }

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Equal("[true,false]", instance.Variables["decisions"]!.ToJsonString());
    }

    [Fact]
    public async Task An_empty_collection_completes_the_activity_at_once_with_an_empty_output_collection()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(
            Loop(Service("work", "work"), "=items", outputCollection: "results", outputElement: "=result"), Service("after", "after"))));
        var id = await engine.StartAsync("p", """{"items": []}""");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(["after"], instance.Jobs.Select(j => j.ElementId));
        Assert.Equal("[]", instance.Variables["results"]!.ToJsonString());
        Assert.Equal(1, (await engine.CompletedElementsAsync(id)).Count(e => e == "work"));
    }

    [Fact]
    public async Task An_input_collection_that_is_not_a_list_is_an_incident_at_the_element_and_a_retry_goes_on()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Loop(Service("work", "work"), "=items"))));
        var id = await engine.StartAsync("p", """{"items": "a,b"}""");

        var incident = Assert.Single((await engine.InstanceAsync(id)).Incidents);
        Assert.Equal("work", incident.ElementId);
        Assert.Equal(IncidentType.ExtractValueError, incident.Type);
        Assert.Contains("not a list", incident.Message, StringComparison.Ordinal);
        Assert.Empty((await engine.InstanceAsync(id)).Jobs);

        await engine.Engine.SetVariablesAsync(id, EngineHarness.Json("""{"items": ["a", "b"]}"""), "operator");
        Assert.True((await engine.Engine.RetryIncidentAsync(id, incident.Key, null, "operator")).Succeeded);

        Assert.Equal(2, (await engine.InstanceAsync(id)).Jobs.Count);
    }

    [Fact]
    public async Task An_interrupting_boundary_timer_on_the_activity_terminates_every_inner_instance()
    {
        var engine = new EngineHarness();
        var timer = """<bpmn:boundaryEvent id="late" attachedToRef="work"><bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""";
        await engine.DeployAsync(Bpmn.Process(Chain(Loop(Service("work", "work"), "=items")) + timer + End("timedOut") + Flow("fl", "late", "timedOut")));
        var id = await engine.StartAsync("p", """{"items": [1, 2, 3]}""");
        Assert.Single((await engine.InstanceAsync(id)).Timers);
        await engine.CompleteJobAsync("work");

        engine.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await engine.FireDueTimersAsync());

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Empty(instance.Jobs);
        var history = await engine.HistoryAsync(id);
        Assert.Equal(3, history.Count(h => h == (HistoryEventType.ElementTerminated, "work")));
        Assert.Contains((HistoryEventType.ElementCompleted, "timedOut"), history);
        Assert.DoesNotContain((HistoryEventType.ElementCompleted, "end"), history);
    }

    [Fact]
    public async Task An_error_thrown_by_one_inner_instance_is_caught_by_the_boundary_event_on_the_activity()
    {
        var engine = new EngineHarness();
        var error = """<bpmn:boundaryEvent id="failed" attachedToRef="work"><bpmn:errorEventDefinition /></bpmn:boundaryEvent>""";
        await engine.DeployAsync(Bpmn.Process(Chain(Loop(Service("work", "work"), "=items")) + error + End("handled") + Flow("fe", "failed", "handled")));
        var id = await engine.StartAsync("p", """{"items": [1, 2]}""");

        var job = await engine.ActivateAsync("work");
        Assert.True((await engine.Engine.ThrowErrorAsync(job.Key, EngineHarness.Worker, "BROKEN", null)).Succeeded);

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Empty(instance.Jobs);
        Assert.Contains((HistoryEventType.ElementCompleted, "handled"), await engine.HistoryAsync(id));
    }

    [Fact]
    public async Task A_parallel_run_over_a_long_list_creates_a_bounded_number_of_inner_instances_per_command()
    {
        var engine = new EngineHarness(options: new WorkflowEngineOptions { MaxInnerInstancesPerCommand = 10 });
        await engine.DeployAsync(Bpmn.Process(Chain(Loop(Service("work", "work"), "=for i in 1..25 return i", outputCollection: "out", outputElement: "=item * 2"))));
        var id = await engine.StartAsync("p");

        for (var round = 1; round <= 3; round++)
        {
            var instance = await engine.InstanceAsync(id);
            Assert.Equal(Math.Min(25, 10 * round), instance.Jobs.Count);
            if (round < 3)
            {
                var incident = Assert.Single(instance.Incidents);
                Assert.Equal(IncidentType.JobLimitExceeded, incident.Type);
                Assert.True((await engine.Engine.RetryIncidentAsync(id, incident.Key, null, "operator")).Succeeded);
            }
        }

        var jobs = await engine.Engine.ActivateJobsAsync("work", 100, EngineHarness.Worker, TimeSpan.FromMinutes(5));
        foreach (var job in jobs)
        {
            Assert.True((await engine.Engine.CompleteJobAsync(job.Key, EngineHarness.Worker, null)).Succeeded);
        }

        var done = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, done.State);
        Assert.Equal(Enumerable.Range(1, 25).Select(i => i * 2), done.Variables["out"]!.AsArray().Select(n => n!.GetValue<int>()));
    }
}
