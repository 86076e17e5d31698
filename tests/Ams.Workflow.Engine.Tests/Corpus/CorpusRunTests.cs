using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Tests.Execution;

namespace Ams.Workflow.Engine.Tests.Corpus;

/// <summary>
/// Models other people wrote for Camunda 8, run the way SOURCES.md describes ("Plausible run(s)"):
/// tasks, user tasks, mappings and the simple XOR models.
/// </summary>
public sealed class CorpusRunTests
{
    [Theory]
    [InlineData(true, "EndEventProcessed", "EndEventRejected")]
    [InlineData(false, "EndEventRejected", "EndEventProcessed")]
    public async Task Customer_onboarding_ends_where_the_approver_decided(bool automatic, string reached, string notReached)
    {
        var engine = await CorpusRun.DeployAsync("berndruecker__customer-onboarding-camunda-8-springboot__customer-onboarding.bpmn");
        var id = await engine.StartAsync("customer-onboarding", """{"customerName":"bernd","customerEmail":"noreply@camunda.com"}""");

        await engine.CompleteJobAsync("scoreCustomer");
        var task = await engine.OpenTaskAsync(id, "TaskApproveCustomerOrder");
        Assert.Equal("Approve customer order", task.Name);
        Assert.Equal("camunda-forms:bpmn:userTaskForm_1uf9j0b", task.FormKey);
        await CorpusRun.AssertNoJobAsync(engine, "userTask");
        await CorpusRun.AssertNoJobAsync(engine, "io.camunda.zeebe:userTask");
        await engine.CompleteTaskAsync(id, $$"""{"automaticProcessing": {{(automatic ? "true" : "false")}}}""");
        if (automatic)
        {
            await engine.CompleteJobAsync("addCustomerToCrm");
        }

        await CorpusRun.AssertCompletedAtAsync(engine, id, reached);
        Assert.DoesNotContain(notReached, await engine.CompletedElementsAsync(id));
        Assert.Equal("bernd", (await engine.InstanceAsync(id)).Variables["customerName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Customer_onboarding_without_a_decision_raises_an_incident_on_the_gateway()
    {
        var engine = await CorpusRun.DeployAsync("berndruecker__customer-onboarding-camunda-8-springboot__customer-onboarding.bpmn");
        var id = await engine.StartAsync("customer-onboarding", """{"customerName":"bernd"}""");
        await engine.CompleteJobAsync("scoreCustomer");

        await engine.CompleteTaskAsync(id);

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Active, instance.State);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal(IncidentType.ConditionError, incident.Type);
        Assert.Equal("GatewayOrderAccepted", incident.ElementId);
    }

    [Fact]
    public async Task Demo_process_maps_a_into_the_job_and_the_result_back_to_bar()
    {
        var engine = await CorpusRun.DeployAsync("camunda-community-hub__spring-zeebe__demoProcess.bpmn");
        var id = await engine.StartAsync("demoProcess", """{"a": "hello"}""");

        var foo = await engine.CompleteJobAsync("foo");
        Assert.Equal("taskA", foo.ElementId);
        Assert.Equal("hello", foo.Variables["foo"]!.GetValue<string>());
        Assert.Equal("hello", (await engine.InstanceAsync(id)).Variables["bar"]!.GetValue<string>());
        await engine.CompleteJobAsync("bar");
        await engine.CompleteJobAsync("fail");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_0o05wd2");
        Assert.DoesNotContain("taskC", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Demo_process_takes_the_error_boundary_on_DOESNT_WORK()
    {
        var engine = await CorpusRun.DeployAsync("camunda-community-hub__spring-zeebe__demoProcess.bpmn");
        var id = await engine.StartAsync("demoProcess", """{"a": "hello"}""");
        await engine.CompleteJobAsync("foo");
        await engine.CompleteJobAsync("bar");

        var failing = await engine.ActivateAsync("fail");
        Assert.True((await engine.Engine.ThrowErrorAsync(failing.Key, EngineHarness.Worker, "DOESNT_WORK", "it does not")).Succeeded);
        var taskC = await engine.CompleteJobAsync("foo");

        Assert.Equal("taskC", taskC.ElementId);
        await CorpusRun.AssertCompletedAtAsync(engine, id, "end");
        var history = await engine.HistoryAsync(id);
        Assert.Contains((HistoryEventType.ElementTerminated, "Activity_0m0rnae"), history);
        Assert.Contains((HistoryEventType.ElementCompleted, "Event_00pv4d6"), history);
        Assert.DoesNotContain("Event_0o05wd2", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Simple_user_task_carries_its_static_assignment_and_schedule()
    {
        var engine = await CorpusRun.DeployAsync("quarkiverse__quarkus-zeebe__simple_user_task.bpmn");
        var id = await engine.StartAsync("SimpleUserTask");

        var task = await engine.OpenTaskAsync(id, "user-task-1");
        Assert.Equal("Assignee", task.Assignee);
        Assert.Equal(["Group1", "Group2"], task.CandidateGroups);
        Assert.Equal(["User1", "User2"], task.CandidateUsers);
        var scheduled = new DateTimeOffset(2030, 10, 1, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(scheduled, task.DueAt);
        Assert.Equal(scheduled, task.FollowUpAt);
        await CorpusRun.AssertNoJobAsync(engine, "io.camunda.zeebe:userTask");

        await engine.CompleteTaskAsync(id, user: "Assignee");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_1gv7so7");
    }

    [Fact]
    public async Task Say_hello_passes_static_inputs_as_strings_and_maps_Message_to_messageWelcome()
    {
        var engine = await CorpusRun.DeployAsync("camunda-community-hub__zeebe-cherry-runtime__SayHello.bpmn");
        var id = await engine.StartAsync("Process_sayHello");

        var job = await engine.CompleteJobAsync("helloword", """{"Message":"Hello"}""");
        Assert.Equal("true", job.Variables["country_optional"]!.GetValue<string>());
        Assert.Equal("true", job.Variables["Message_optional"]!.GetValue<string>());
        Assert.Equal("USA", job.Variables["country"]!.GetValue<string>());
        Assert.Equal("California", job.Variables["state"]!.GetValue<string>());
        Assert.Equal("if is defined(error) then bpmnError(error.code, error.message) else null", job.Headers["errorExpression"]);
        var variables = (await engine.InstanceAsync(id)).Variables;
        Assert.Equal("Hello", variables["messageWelcome"]!.GetValue<string>());
        Assert.False(variables.ContainsKey("country"));
        Assert.False(variables.ContainsKey("Message"));

        await engine.CompleteTaskAsync(id, elementId: "Activity_0wjx81l");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_1vfxeja");
        Assert.DoesNotContain("Event_1tm1rde", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task Say_hello_review_left_for_an_hour_is_withdrawn_by_its_timer()
    {
        var engine = await CorpusRun.DeployAsync("camunda-community-hub__zeebe-cherry-runtime__SayHello.bpmn");
        var id = await engine.StartAsync("Process_sayHello");
        await engine.CompleteJobAsync("helloword", """{"Message":"Hello"}""");
        var task = await engine.OpenTaskAsync(id, "Activity_0wjx81l");

        engine.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await engine.FireDueTimersAsync());
        engine.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await engine.FireDueTimersAsync());

        await CorpusRun.AssertCompletedAtAsync(engine, id, "Event_1tm1rde");
        Assert.Equal(UserTaskState.Canceled, (await engine.Store.FindUserTaskAsync(task.Key, default))!.State);
        Assert.DoesNotContain("Event_1vfxeja", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task User_task_form_is_completed_through_the_inbox_with_its_form_id()
    {
        var engine = await CorpusRun.DeployAsync("camunda__camunda-modeler__user-task-form.bpmn");
        var id = await engine.StartAsync("Process_1");

        var task = await engine.OpenTaskAsync(id, "UserTask_1");
        Assert.Equal("invoice-form", task.FormKey);
        Assert.Equal("Inspect Invoice", task.Name);
        await engine.CompleteTaskAsync(id, """{"inspected": true}""");

        await CorpusRun.AssertCompletedAtAsync(engine, id, "EndEvent_1");
        Assert.True((await engine.InstanceAsync(id)).Variables["inspected"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Send_email_hands_the_entered_message_to_the_email_job()
    {
        var engine = await CorpusRun.DeployAsync("camunda__camunda-platform-get-started__send-email.bpmn");
        var id = await engine.StartAsync("send-email");

        await CorpusRun.AssertNoJobAsync(engine, "humanTask");
        Assert.Equal("camunda-forms:bpmn:userTaskForm_15j79nd", (await engine.OpenTaskAsync(id)).FormKey);
        await engine.CompleteTaskAsync(id, """{"message_content":"hi"}""", elementId: "enterMessageTask");
        var email = await engine.CompleteJobAsync("email");

        Assert.Equal("sendEmailTask", email.ElementId);
        Assert.Equal("hi", email.Variables["message_content"]!.GetValue<string>());
        Assert.Equal(TaskDefinition.DefaultRetries, email.Retries);
        await CorpusRun.AssertCompletedAtAsync(engine, id, "EndEvent");
    }
}

/// <summary>Loading corpus files and the assertions every corpus run shares.</summary>
internal static class CorpusRun
{
    public static string Read(string file) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Corpus", "supported", file));

    public static async Task<EngineHarness> DeployAsync(string file)
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Read(file));
        return engine;
    }

    /// <summary>The instance has completed and the given end event is among the elements it completed.</summary>
    public static async Task AssertCompletedAtAsync(EngineHarness engine, Guid id, string endEventId)
    {
        var instance = await engine.InstanceAsync(id);
        Assert.Empty(instance.Incidents);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Contains(endEventId, await engine.CompletedElementsAsync(id));
        Assert.Contains(HistoryEventType.InstanceCompleted, (await engine.HistoryAsync(id)).Select(h => h.Type));
    }

    public static async Task AssertNoJobAsync(EngineHarness engine, string type) =>
        Assert.Empty(await engine.Engine.ActivateJobsAsync(type, 10, EngineHarness.Worker, TimeSpan.FromMinutes(1)));

    /// <summary>Activates one job of the type and completes it with variables chosen by the element it belongs to.</summary>
    public static async Task<JobRecord> CompleteJobAsync(EngineHarness engine, string type, Func<JobRecord, string> variables)
    {
        var job = await engine.ActivateAsync(type);
        var result = await engine.Engine.CompleteJobAsync(job.Key, EngineHarness.Worker, EngineHarness.Json(variables(job)));
        Assert.True(result.Succeeded, result.Message);
        return job;
    }

    public static string Text(JsonObject variables, string name) => variables[name]!.GetValue<string>();
}
