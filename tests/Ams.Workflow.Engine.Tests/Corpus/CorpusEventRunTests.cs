using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Tests.Execution;

namespace Ams.Workflow.Engine.Tests.Corpus;

/// <summary>Corpus models run through their timers, messages, errors and terminate end events, as SOURCES.md describes.</summary>
public sealed class CorpusEventRunTests
{
    private const string Diagram1 = "quarkiverse__quarkus-zeebe__diagram_1.bpmn";
    private const string Diagram1Variables = """{"ck":"k1","ck99":"k99"}""";

    [Fact]
    public async Task Diagram_1_short_run_ends_when_S1_completes_in_time()
    {
        var engine = await CorpusRun.DeployAsync(Diagram1);
        var id = await engine.StartAsync("Process_1cnt2zo012", Diagram1Variables);

        engine.Clock.Advance(TimeSpan.FromSeconds(14));
        Assert.Equal(0, await engine.FireDueTimersAsync());
        await engine.CompleteJobAsync("S1");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_0jedokp");
        Assert.Empty((await engine.InstanceAsync(id)).Timers);
        Assert.DoesNotContain("Event_0g7dosp", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Diagram_1_S1_timeout_goes_through_the_merge_to_Message99_and_on()
    {
        var engine = await CorpusRun.DeployAsync(Diagram1);
        var id = await engine.StartAsync("Process_1cnt2zo012", Diagram1Variables);

        engine.Clock.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(1, await engine.FireDueTimersAsync());
        Assert.Contains((HistoryEventType.ElementTerminated, "Activity_17582zx"), await engine.HistoryAsync(id));
        await CorpusRun.AssertNoJobAsync(engine, "S1");

        await RunFromMessage99Async(engine, id);
        Assert.Contains("Event_18909wy343", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Diagram_1_error_1234_from_S1_goes_through_the_merge_to_Message99_and_on()
    {
        var engine = await CorpusRun.DeployAsync(Diagram1);
        var id = await engine.StartAsync("Process_1cnt2zo012", Diagram1Variables);

        var s1 = await engine.ActivateAsync("S1");
        Assert.True((await engine.Engine.ThrowErrorAsync(s1.Key, EngineHarness.Worker, "1234", null)).Succeeded);
        Assert.Empty((await engine.InstanceAsync(id)).Timers);

        await RunFromMessage99Async(engine, id);
        Assert.Contains("Event_1a65qr6", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Diagram_1_message_boundary_on_Name1_interrupts_S2()
    {
        var engine = await CorpusRun.DeployAsync(Diagram1);
        var id = await engine.StartAsync("Process_1cnt2zo012", Diagram1Variables);
        var s1 = await engine.ActivateAsync("S1");
        await engine.Engine.ThrowErrorAsync(s1.Key, EngineHarness.Worker, "1234", null);
        Assert.Equal(1, await engine.Engine.PublishMessageAsync("Message99", "k99", null));

        var subscription = Assert.Single((await engine.InstanceAsync(id)).Subscriptions);
        Assert.Equal(("Event_0wzmbzu", "Message_0m8sqom", "k1"), (subscription.ElementId, subscription.MessageName, subscription.CorrelationKey));
        Assert.Equal(0, await engine.Engine.PublishMessageAsync("Message_0m8sqom", "k99", null));
        Assert.Equal(1, await engine.Engine.PublishMessageAsync("Message_0m8sqom", "k1", null));

        await CorpusRun.AssertNoJobAsync(engine, "S2");
        await CorpusRun.AssertNoJobAsync(engine, "ServiceTask1");
        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_17ugjhx");
        Assert.Contains((HistoryEventType.ElementTerminated, "Activity_1wk8zqr"), await engine.HistoryAsync(id));
    }

    [Fact]
    public async Task Diagram_1_message_start_waits_on_Message99_and_the_timer_start_is_scheduled_for_2030()
    {
        var engine = await CorpusRun.DeployAsync(Diagram1);

        var startTimer = Assert.Single(await engine.Store.FindDueTimersAsync(DateTimeOffset.MaxValue, 10, default));
        Assert.Null(startTimer.ProcessInstanceId);
        Assert.Equal("Event_1ov01i3", startTimer.ElementId);
        Assert.Equal(new DateTimeOffset(2030, 10, 10, 12, 0, 0, TimeSpan.Zero), startTimer.DueAt);

        Assert.Equal(1, await engine.Engine.PublishMessageAsync("Message_Test", "", EngineHarness.Json(Diagram1Variables)));
        var subscription = Assert.Single(await engine.Store.FindSubscriptionsAsync("Message99", "k99", default));
        var id = subscription.ProcessInstanceId;
        Assert.Contains("Event_15arzud", await engine.CompletedElementsAsync(id));
        await CorpusRun.AssertNoJobAsync(engine, "S1");

        await RunFromMessage99Async(engine, id);
    }

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
    public async Task Order_kafka_correlates_each_event_by_the_key_its_command_returned()
    {
        var engine = await CorpusRun.DeployAsync("berndruecker__flowing-retail__order-kafka.bpmn");
        var id = await engine.StartAsync("order-kafka");
        var other = await engine.StartAsync("order-kafka");

        (string Job, string KeyVariable, string Key, string Message, string Catch)[] steps =
        [
            ("retrieve-payment", "CorrelationId_RetrievePayment", "p1", "PaymentReceivedEvent", "IntermediateThrowEvent_1531zpf"),
            ("fetch-goods", "CorrelationId_FetchGoods", "f1", "GoodsFetchedEvent", "IntermediateThrowEvent_0660fen"),
            ("ship-goods", "CorrelationId_ShipGoods", "s1", "GoodsShippedEvent", "IntermediateThrowEvent_1s6m7rf"),
        ];
        foreach (var step in steps)
        {
            await CorpusRun.CompleteJobAsync(engine, step.Job, job =>
            {
                Assert.Equal(id, job.ProcessInstanceId);
                return $$"""{"{{step.KeyVariable}}": "{{step.Key}}"}""";
            });
            var subscription = Assert.Single((await engine.InstanceAsync(id)).Subscriptions);
            Assert.Equal((step.Catch, step.Message, step.Key), (subscription.ElementId, subscription.MessageName, subscription.CorrelationKey));
            Assert.Equal(0, await engine.Engine.PublishMessageAsync(step.Message, "wrong", null));
            Assert.Equal(1, await engine.Engine.PublishMessageAsync(step.Message, step.Key, null));
            if (step.Job == "retrieve-payment")
            {
                Assert.Equal(ProcessInstanceState.Active, (await engine.InstanceAsync(other)).State);
            }
        }

        await engine.CompleteJobAsync("order-completed");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "EndEvent_02dgehc");
        Assert.Equal(3, (await engine.HistoryAsync(id)).Count(h => h.Type == HistoryEventType.MessageCorrelated));
    }

    [Fact]
    public async Task Payment_loops_back_to_the_task_after_updated_payment_details()
    {
        var engine = await CorpusRun.DeployAsync("camunda-community-hub__zeebe-simple-monitor__payment.bpmn");
        var id = await engine.StartAsync("payment", """{"paymentId":"p-1"}""");

        await engine.CompleteJobAsync("payment", """{"success":false}""");
        var subscription = Assert.Single((await engine.InstanceAsync(id)).Subscriptions);
        Assert.Equal(("Payment Details updated", "p-1"), (subscription.MessageName, subscription.CorrelationKey));
        await CorpusRun.AssertNoJobAsync(engine, "payment");
        Assert.Equal(1, await engine.Engine.PublishMessageAsync("Payment Details updated", "p-1", null));
        await engine.CompleteJobAsync("payment", """{"success":true}""");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "EndEvent_0pzgc9u");
        Assert.Equal(2, (await engine.CompletedElementsAsync(id)).Count(e => e == "ServiceTask_1a32j7o"));
    }

    [Fact]
    public async Task Payment_succeeding_first_time_takes_the_default_flow_to_the_end()
    {
        var engine = await CorpusRun.DeployAsync("camunda-community-hub__zeebe-simple-monitor__payment.bpmn");
        var id = await engine.StartAsync("payment", """{"paymentId":"p-1"}""");

        await engine.CompleteJobAsync("payment", """{"success":true}""");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "EndEvent_0pzgc9u");
        Assert.DoesNotContain("IntermediateCatchEvent_0pcwpf8", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Webhook_boundary_is_not_taken_when_the_first_request_completes()
    {
        var engine = await CorpusRun.DeployAsync("camunda__connectors__single-webhook-boundary.bpmn");
        var id = await engine.StartAsync("BoundaryEventTest", """{"myCorrKey":"abc"}""");
        Assert.Equal("abc", Assert.Single((await engine.InstanceAsync(id)).Subscriptions).CorrelationKey);

        var job = await engine.CompleteJobAsync("io.camunda:http-json:1");

        Assert.Equal("Activity_0d39mr2", job.ElementId);
        Assert.Equal("noAuth", job.Variables["authentication"]!["type"]!.GetValue<string>());
        Assert.Equal("get", CorpusRun.Text(job.Variables, "method"));
        Assert.Equal("https://httpbin.org/delay/10", CorpusRun.Text(job.Variables, "url"));
        Assert.Equal("20", CorpusRun.Text(job.Variables, "connectionTimeoutInSeconds"));
        Assert.Equal("res0", job.Headers["resultVariable"]);
        Assert.Empty((await engine.InstanceAsync(id)).Subscriptions);
        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_0bt01e2");
        Assert.DoesNotContain("Activity_0fwzykw", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Webhook_message_interrupts_the_first_request_and_runs_the_second()
    {
        var engine = await CorpusRun.DeployAsync("camunda__connectors__single-webhook-boundary.bpmn");
        var id = await engine.StartAsync("BoundaryEventTest", """{"myCorrKey":"abc"}""");

        Assert.Equal(1, await engine.Engine.PublishMessageAsync("c97ca438-b051-49db-b007-f897574daceb", "abc", EngineHarness.Json("""{"val1":"abc"}""")));
        var second = await engine.CompleteJobAsync("io.camunda:http-json:1");

        Assert.Equal("Activity_0fwzykw", second.ElementId);
        Assert.Equal("https://httpbin.org/anything/anything", CorpusRun.Text(second.Variables, "url"));
        Assert.Equal("res2", second.Headers["resultVariable"]);
        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_0bt01e2");
        Assert.Contains((HistoryEventType.ElementTerminated, "Activity_0d39mr2"), await engine.HistoryAsync(id));
        Assert.False((await engine.InstanceAsync(id)).Variables.ContainsKey("request"));
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

    private static async Task RunFromMessage99Async(EngineHarness engine, Guid id)
    {
        var wait = Assert.Single((await engine.InstanceAsync(id)).Subscriptions);
        Assert.Equal(("Event_0g7dosp", "Message99", "k99"), (wait.ElementId, wait.MessageName, wait.CorrelationKey));
        Assert.Equal(0, await engine.Engine.PublishMessageAsync("Message99", "k1", null));
        Assert.Equal(1, await engine.Engine.PublishMessageAsync("Message99", "k99", null));
        Assert.Equal("Activity_1wk8zqr", (await engine.CompleteJobAsync("S2")).ElementId);
        Assert.Empty((await engine.InstanceAsync(id)).Subscriptions);
        Assert.Single((await engine.InstanceAsync(id)).Timers, t => t.ElementId == "Event_06f7fqy");
        await engine.CompleteJobAsync("ServiceTask1");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_17ugjhx");
        Assert.Contains("Gateway_0l2s7sv", await engine.CompletedElementsAsync(id));
        Assert.Empty((await engine.InstanceAsync(id)).Timers);
    }
}
