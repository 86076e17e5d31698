using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Tests.Execution;

namespace Ams.Workflow.Engine.Tests.Corpus;

/// <summary>Corpus models run through their timers, error boundaries and terminate end events, as SOURCES.md describes.</summary>
public sealed class CorpusEventRunTests
{
    [Fact]
    public async Task Timer_events_terminate_end_cancels_the_thirty_day_timer()
    {
        var engine = await CorpusRun.DeployAsync("camunda__zeebe-process-test__test_timer_events.bpmn");
        var id = await engine.StartAsync("Process_Timer_Test_01");
        Assert.Single((await engine.InstanceAsync(id)).Timers, t => t.ElementId == "TimerEvent_Wait30d");

        await engine.CompleteJobAsync("SimpleLog01");
        Assert.Equal(2, (await engine.InstanceAsync(id)).Timers.Count);
        engine.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await engine.FireDueTimersAsync());

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Empty(instance.Timers);
        Assert.Contains("EndEvent_FastFlow", await engine.CompletedElementsAsync(id));
        Assert.Contains((HistoryEventType.ElementTerminated, "TimerEvent_Wait30d"), await engine.HistoryAsync(id));
        engine.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(0, await engine.FireDueTimersAsync());
        Assert.DoesNotContain("EndEvent_SlowFlow", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Load_save_files_review_left_for_two_minutes_ends_too_long()
    {
        var engine = await CorpusRun.DeployAsync("camunda-community-hub__zeebe-cherry-runtime__LoadSaveFiles.bpmn");
        var id = await engine.StartAsync("LoadSaveFiles");
        foreach (var type in new[] { "c-files-load-from-disk", "c-files-save-to-disk", "c-files-purge" })
        {
            for (var i = 0; i < 3; i++)
            {
                await engine.CompleteJobAsync(type, """{"fileLoaded":"ref"}""");
            }
        }

        var review = await engine.OpenTaskAsync(id, "Activity_0zix0ht");
        engine.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await engine.FireDueTimersAsync());

        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_1a9ikni");
        Assert.Equal(UserTaskState.Canceled, (await engine.Store.FindUserTaskAsync(review.Key, default))!.State);
        Assert.DoesNotContain("Event_108zy0v", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Benchmark_job_types_come_from_FEEL_and_two_one_minute_timers_pace_the_run()
    {
        var engine = await CorpusRun.DeployAsync("camunda-community-hub__camunda-8-benchmark__typical_process.bpmn");
        var id = await engine.StartAsync("benchmark", """{"benchmark_starter_id":"s1","var2":true}""");

        var elements = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            for (var i = 0; i < 3; i++)
            {
                elements.Add((await engine.CompleteJobAsync("benchmark-task-s1")).ElementId);
            }

            if (round < 2)
            {
                await CorpusRun.AssertNoJobAsync(engine, "benchmark-task-s1");
                engine.Clock.Advance(TimeSpan.FromSeconds(59));
                Assert.Equal(0, await engine.FireDueTimersAsync());
                engine.Clock.Advance(TimeSpan.FromSeconds(1));
                Assert.Equal(1, await engine.FireDueTimersAsync());
            }
        }

        Assert.Equal(Enumerable.Range(1, 9).Select(n => $"task{n}"), elements);
        await CorpusRun.AssertNoJobAsync(engine, "benchmark-task-s1");
        Assert.Equal("task10", (await engine.CompleteJobAsync("benchmark-task-s1-completed")).ElementId);
        await CorpusRun.AssertCompletedAtAsync(engine, id, "end");
    }

    [Fact]
    public async Task Benchmark_stops_after_three_jobs_when_var2_is_false()
    {
        var engine = await CorpusRun.DeployAsync("camunda-community-hub__camunda-8-benchmark__typical_process.bpmn");
        var id = await engine.StartAsync("benchmark", """{"benchmark_starter_id":"s2","var2":false}""");

        for (var i = 0; i < 3; i++)
        {
            await engine.CompleteJobAsync("benchmark-task-s2");
        }

        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_1bcf2he");
        Assert.Empty((await engine.InstanceAsync(id)).Timers);
    }

    [Fact]
    public async Task Benchmark_without_var2_raises_an_incident_on_the_gateway()
    {
        var engine = await CorpusRun.DeployAsync("camunda-community-hub__camunda-8-benchmark__typical_process.bpmn");
        var id = await engine.StartAsync("benchmark", """{"benchmark_starter_id":"s3"}""");

        for (var i = 0; i < 3; i++)
        {
            await engine.CompleteJobAsync("benchmark-task-s3");
        }

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Active, instance.State);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal(IncidentType.ConditionError, incident.Type);
        Assert.Equal("Gateway_09jrxib", incident.ElementId);
    }

    [Fact]
    public async Task Throw_error_BUSINESS_ERROR_reaches_the_boundary_of_the_sub_process()
    {
        var engine = await CorpusRun.DeployAsync("camunda-community-hub__zeebe-client-node-js__Client-ThrowError.bpmn");
        var id = await engine.StartAsync("throw-bpmn-error");

        var job = await engine.ActivateAsync("throw-bpmn-error-task");
        Assert.True((await engine.Engine.ThrowErrorAsync(job.Key, EngineHarness.Worker, "BUSINESS_ERROR", "sad")).Succeeded);
        await engine.CompleteJobAsync("sad-flow");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "EndEvent_0cwovsu");
        var history = await engine.HistoryAsync(id);
        Assert.Contains((HistoryEventType.ElementTerminated, "Task_0bki2a1"), history);
        Assert.Contains((HistoryEventType.ElementTerminated, "SubProcess_0kmfk49"), history);
        Assert.DoesNotContain("EndEvent_1cl3tk3", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Throw_error_model_ends_normally_when_the_job_completes()
    {
        var engine = await CorpusRun.DeployAsync("camunda-community-hub__zeebe-client-node-js__Client-ThrowError.bpmn");
        var id = await engine.StartAsync("throw-bpmn-error");

        await engine.CompleteJobAsync("throw-bpmn-error-task");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "EndEvent_1cl3tk3");
        Assert.Contains("SubProcess_0kmfk49", await engine.CompletedElementsAsync(id));
        await CorpusRun.AssertNoJobAsync(engine, "sad-flow");
    }
}
