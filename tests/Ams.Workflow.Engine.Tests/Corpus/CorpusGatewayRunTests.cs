using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Tests.Execution;

namespace Ams.Workflow.Engine.Tests.Corpus;

/// <summary>Corpus models run through their exclusive and parallel gateways, as SOURCES.md describes.</summary>
public sealed class CorpusGatewayRunTests
{
    private const string TransferLimit = "berndruecker__camunda-8-kafka-money-transfer-limit__transfer-limit-change-request.bpmn";

    [Fact]
    public async Task Transfer_limit_without_manual_approval_executes_the_change()
    {
        var engine = await CorpusRun.DeployAsync(TransferLimit);
        var id = await engine.StartAsync("transfer-limit-change-request");

        await engine.CompleteJobAsync("checkPlausibility", """{"manualApprovalNecessary": false}""");
        Assert.Empty((await engine.InstanceAsync(id)).UserTasks);
        await engine.CompleteJobAsync("adjustTransferLimit");
        await engine.CompleteJobAsync("emitChangeExecuted");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_02dhto2");
        Assert.DoesNotContain("Activity_0fuz0r3", await engine.CompletedElementsAsync(id));
    }

    [Theory]
    [InlineData(true, "Event_02dhto2")]
    [InlineData(false, "Event_1ver4zd")]
    public async Task Transfer_limit_with_manual_approval_follows_the_approvers_decision(bool approved, string end)
    {
        var engine = await CorpusRun.DeployAsync(TransferLimit);
        var id = await engine.StartAsync("transfer-limit-change-request");

        await engine.CompleteJobAsync("checkPlausibility", """{"manualApprovalNecessary": true}""");
        await CorpusRun.AssertNoJobAsync(engine, "adjustTransferLimit");
        await engine.CompleteTaskAsync(id, $$"""{"approved": {{(approved ? "true" : "false")}}}""", elementId: "Activity_0fuz0r3");
        if (approved)
        {
            await engine.CompleteJobAsync("adjustTransferLimit");
            await engine.CompleteJobAsync("emitChangeExecuted");
        }
        else
        {
            await CorpusRun.AssertNoJobAsync(engine, "adjustTransferLimit");
        }

        await CorpusRun.AssertCompletedAtAsync(engine, id, end);
        var done = await engine.CompletedElementsAsync(id);
        Assert.Contains("Gateway_1grz0nk", done);
        Assert.Equal(approved, done.Contains("Gateway_01iqszx"));
    }

    [Fact]
    public async Task Gateway_model_updates_data_that_is_defined()
    {
        var engine = await CorpusRun.DeployAsync("quarkiverse__quarkus-zeebe__gateway.bpmn");
        var id = await engine.StartAsync("gateway");

        await engine.CompleteJobAsync("gateway-read-data", """{"data": {"x": 1}}""");
        await CorpusRun.AssertNoJobAsync(engine, "gateway-empty-data");
        await engine.CompleteJobAsync("gateway-update-data");
        var show = await engine.CompleteJobAsync("gateway-show-data");

        Assert.Equal(1, show.Variables["data"]!["x"]!.GetValue<int>());
        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_1nsgr30");
        Assert.DoesNotContain("empty-data", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Gateway_model_takes_the_empty_branch_when_data_is_not_defined()
    {
        var engine = await CorpusRun.DeployAsync("quarkiverse__quarkus-zeebe__gateway.bpmn");
        var id = await engine.StartAsync("gateway");

        await engine.CompleteJobAsync("gateway-read-data");
        await CorpusRun.AssertNoJobAsync(engine, "gateway-update-data");
        await engine.CompleteJobAsync("gateway-empty-data");
        await engine.CompleteJobAsync("gateway-show-data");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_1nsgr30");
        Assert.Contains("empty-data", await engine.CompletedElementsAsync(id));
        Assert.DoesNotContain("update-data", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Load_save_files_joins_three_branches_before_the_review()
    {
        var engine = await CorpusRun.DeployAsync("camunda-community-hub__zeebe-cherry-runtime__LoadSaveFiles.bpmn");
        var id = await engine.StartAsync("LoadSaveFiles");

        Assert.Equal(3, (await engine.InstanceAsync(id)).Jobs.Count(j => j.Type == "c-files-load-from-disk"));
        for (var i = 0; i < 3; i++)
        {
            await CorpusRun.CompleteJobAsync(engine, "c-files-load-from-disk", job => $$"""{"fileLoaded": "ref-{{job.ElementId}}"}""");
        }

        var variables = (await engine.InstanceAsync(id)).Variables;
        Assert.Equal("ref-Activity_loadFileFromDiskFolder", CorpusRun.Text(variables, "CherryInFolder"));
        Assert.Equal("ref-Activity_loadFileFromDiskTemp", CorpusRun.Text(variables, "CherryInTemp"));
        Assert.Equal("ref-Activity_loadFileFromJson", CorpusRun.Text(variables, "CherryInJson"));
        Assert.False(variables.ContainsKey("fileLoaded"));

        for (var i = 0; i < 3; i++)
        {
            var save = await engine.CompleteJobAsync("c-files-save-to-disk");
            Assert.Equal("./src/test/resources/files/output", CorpusRun.Text(save.Variables, "folder"));
        }

        var purge = await engine.CompleteJobAsync("c-files-purge");
        Assert.Equal("false", CorpusRun.Text(purge.Variables, "filePurged_optional"));
        await engine.CompleteJobAsync("c-files-purge");
        Assert.Empty((await engine.InstanceAsync(id)).UserTasks);
        Assert.Equal(2, (await engine.InstanceAsync(id)).JoinArrivals.Count);
        await engine.CompleteJobAsync("c-files-purge");

        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await engine.FireDueTimersAsync());
        await engine.CompleteTaskAsync(id, elementId: "Activity_0zix0ht");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_108zy0v");
        Assert.Single(await engine.CompletedElementsAsync(id), "Gateway_041copw");
        Assert.DoesNotContain("Event_1a9ikni", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Parallel_user_tasks_join_whichever_branch_finishes_first()
    {
        var engine = await CorpusRun.DeployAsync("nitram509__lib-bpmn-engine__user-tasks-with-parallel-gateways.bpmn");
        var id = await engine.StartAsync("user-tasks-with-assignments");

        var open = (await engine.InstanceAsync(id)).UserTasks.Select(t => t.ElementId).Order().ToList();
        Assert.Equal(["assignee-task1", "assignee-task2"], open);
        Assert.All((await engine.InstanceAsync(id)).UserTasks, t => Assert.Equal("assignee", t.Assignee));
        Assert.Equal("form-key", (await engine.OpenTaskAsync(id, "assignee-task1")).FormKey);

        await engine.CompleteTaskAsync(id, user: "assignee", elementId: "assignee-task2");
        await engine.CompleteTaskAsync(id, user: "assignee", elementId: "assignee-task3");
        Assert.Equal(ProcessInstanceState.Active, (await engine.InstanceAsync(id)).State);
        await engine.CompleteTaskAsync(id, user: "assignee", elementId: "assignee-task1");
        await engine.CompleteTaskAsync(id, user: "assignee", elementId: "assignee-task4");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_13981zj");
        Assert.Single(await engine.CompletedElementsAsync(id), "Gateway_0j4qy72");
    }

    [Fact]
    public async Task Exclusive_joins_do_not_synchronise_so_B1_and_Task_C_run_twice()
    {
        var engine = await CorpusRun.DeployAsync("nitram509__lib-bpmn-engine__subprocess-fork-controlled-exclusive-join.bpmn");
        var id = await engine.StartAsync("fork-controlled-exclusive-join");

        var completed = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            var jobs = await engine.Engine.ActivateJobsAsync("task", 1, EngineHarness.Worker, TimeSpan.FromMinutes(5));
            if (jobs.Count == 0)
            {
                break;
            }

            completed.Add(jobs[0].ElementId);
            Assert.True((await engine.Engine.CompleteJobAsync(jobs[0].Key, EngineHarness.Worker, null)).Succeeded);
        }

        Assert.Equal(7, completed.Count);
        Assert.Equal(
            ["Sub-A-Task-A1", "Sub-A-Task-A2", "Sub-A-Task-B1", "Sub-A-Task-B1", "Sub-B-Task-A1", "Task-C", "Task-C"],
            completed.Order(StringComparer.Ordinal));
        var done = await engine.CompletedElementsAsync(id);
        Assert.Equal(2, done.Count(e => e == "End-Event"));
        Assert.Single(done, "Sub-A");
        Assert.Single(done, "Sub-B");
        Assert.Equal(2, done.Count(e => e == "Sub-A-End-Event"));
        await CorpusRun.AssertCompletedAtAsync(engine, id, "End-Event");
    }

    [Fact]
    public async Task Simple_process_joins_a_job_a_Camunda_user_task_and_a_job_based_user_task()
    {
        var engine = await CorpusRun.DeployAsync("bpm-crafters__process-engine-adapters-camunda-8__simple-process.bpmn");
        var id = await engine.StartAsync("simple-process");

        var tasks = (await engine.InstanceAsync(id)).UserTasks;
        Assert.Equal(["user-perform-task", "user-perform-task-job-based"], tasks.Select(t => t.ElementId).Order(StringComparer.Ordinal));
        Assert.All(tasks, t =>
        {
            Assert.Equal("kermit", t.Assignee);
            Assert.Equal(["avengers"], t.CandidateGroups);
            Assert.Equal(["gonzo", "fozzy"], t.CandidateUsers);
            Assert.Equal("user-task-form-1", t.FormKey);
        });
        await CorpusRun.AssertNoJobAsync(engine, "io.camunda.zeebe:userTask");

        await engine.CompleteJobAsync("execute-action-external");
        await engine.CompleteTaskAsync(id, user: "kermit", elementId: "user-perform-task");
        Assert.Equal(ProcessInstanceState.Active, (await engine.InstanceAsync(id)).State);
        await engine.CompleteTaskAsync(id, user: "kermit", elementId: "user-perform-task-job-based");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "ended");
        Assert.Single(await engine.CompletedElementsAsync(id), "Gateway_1reomxy");
    }
}
