using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Tests.Execution;

namespace Ams.Workflow.Engine.Tests.Corpus;

/// <summary>Corpus models that wait for messages: correlation keys, loops and a message boundary, as SOURCES.md describes.</summary>
public sealed class CorpusMessageRunTests
{
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
}
