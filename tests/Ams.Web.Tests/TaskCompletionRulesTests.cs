using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Ams.Web.Tests;

/// <summary>
/// Who may complete a task and with what: two approvals a model separates (task header <c>separateFrom</c>) are made by two
/// people, in sequence or in parallel; without a declaration one person may do both; a decided task is a conflict for
/// everyone; and a task takes only the values its form has fields for.
/// </summary>
public sealed class TaskCompletionRulesTests : IAsyncLifetime
{
    private const string TwoApprovals = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
          <bpmn:process id="two-approvals" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="First" />
            <bpmn:userTask id="First" name="First approval">
              <bpmn:extensionElements><zeebe:userTask /><zeebe:assignmentDefinition candidateGroups="verifier" /></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="First" targetRef="Second" />
            <bpmn:userTask id="Second" name="Second approval">
              <bpmn:extensionElements>
                <zeebe:userTask /><zeebe:assignmentDefinition candidateGroups="verifier" />
                <zeebe:taskHeaders><zeebe:header key="separateFrom" value="First" /></zeebe:taskHeaders>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f3" sourceRef="Second" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private const string ParallelApprovals = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
          <bpmn:process id="parallel-approvals" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Split" />
            <bpmn:parallelGateway id="Split" />
            <bpmn:sequenceFlow id="f2" sourceRef="Split" targetRef="Legal" />
            <bpmn:sequenceFlow id="f3" sourceRef="Split" targetRef="Security" />
            <bpmn:userTask id="Legal" name="Legal approval">
              <bpmn:extensionElements>
                <zeebe:userTask /><zeebe:assignmentDefinition candidateGroups="verifier" />
                <zeebe:taskHeaders><zeebe:header key="separateFrom" value="Security" /></zeebe:taskHeaders>
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:userTask id="Security" name="Security approval">
              <bpmn:extensionElements><zeebe:userTask /><zeebe:assignmentDefinition candidateGroups="verifier" /></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f4" sourceRef="Legal" targetRef="Join" />
            <bpmn:sequenceFlow id="f5" sourceRef="Security" targetRef="Join" />
            <bpmn:parallelGateway id="Join" />
            <bpmn:sequenceFlow id="f6" sourceRef="Join" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private const string PlainTwoSteps = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
          <bpmn:process id="plain-two-steps" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Prepare" />
            <bpmn:userTask id="Prepare" name="Prepare">
              <bpmn:extensionElements><zeebe:userTask /><zeebe:assignmentDefinition candidateGroups="admin" /></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f2" sourceRef="Prepare" targetRef="Publish" />
            <bpmn:userTask id="Publish" name="Publish">
              <bpmn:extensionElements><zeebe:userTask /><zeebe:assignmentDefinition candidateGroups="admin" /></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f3" sourceRef="Publish" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly AmsWebApplication app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task The_verifier_of_the_first_approval_cannot_claim_or_decide_a_second_declared_separate()
    {
        var admin = await app.SignInAsync("admin@ams.test");
        var op = await app.SignInAsync("op@ams.test");
        var op2 = await app.SignInAsync("op2@ams.test");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/workflows", new StringContent(TwoApprovals, Encoding.UTF8, "application/xml"))).StatusCode);
        var started = await admin.PostAsJsonAsync("/api/process-instances", new { processId = "two-approvals", variables = new { } });
        var instanceId = (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var first = await TaskAtAsync(op, instanceId, "First");
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"/api/tasks/{first}/complete", new { variables = new { } })).StatusCode);
        var second = await TaskAtAsync(op, instanceId, "Second");

        var claim = await op.PostAsync($"/api/tasks/{second}/claim", null);
        var decide = await op.PostAsJsonAsync($"/api/tasks/{second}/complete", new { variables = new { } });
        Assert.Equal(HttpStatusCode.Forbidden, claim.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, decide.StatusCode);
        var problem = await decide.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Separation of duties", problem!["title"]!.GetValue<string>());
        Assert.Equal("separateFrom", problem["rule"]!.GetValue<string>());
        Assert.Contains("'First'", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await op2.PostAsJsonAsync($"/api/tasks/{second}/complete", new { variables = new { } })).StatusCode);
        var instance = await admin.GetFromJsonAsync<JsonObject>($"/api/process-instances/{instanceId}");
        Assert.Equal("completed", instance!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_decided_task_is_a_conflict_for_everyone_who_may_see_it_its_decider_included()
    {
        var admin = await app.SignInAsync("admin@ams.test");
        var op = await app.SignInAsync("op@ams.test");
        var op2 = await app.SignInAsync("op2@ams.test");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/workflows", new StringContent(TwoApprovals, Encoding.UTF8, "application/xml"))).StatusCode);
        var started = await admin.PostAsJsonAsync("/api/process-instances", new { processId = "two-approvals", variables = new { } });
        var instanceId = (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var first = await TaskAtAsync(op, instanceId, "First");
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"/api/tasks/{first}/complete", new { variables = new { } })).StatusCode);

        foreach (var client in new[] { op, op2, admin })
        {
            Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"/api/tasks/{first}/complete", new { variables = new { } })).StatusCode);
            Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/tasks/{first}/claim", null)).StatusCode);
        }
    }

    [Fact]
    public async Task A_verifier_holding_one_of_two_separated_parallel_approvals_cannot_take_the_other()
    {
        var op = await app.SignInAsync("op@ams.test");
        var op2 = await app.SignInAsync("op2@ams.test");
        var instanceId = await StartAsync(ParallelApprovals, "parallel-approvals");
        var legal = await TaskAtAsync(op, instanceId, "Legal");
        var security = await TaskAtAsync(op, instanceId, "Security");

        Assert.Equal(HttpStatusCode.OK, (await op.PostAsync($"/api/tasks/{legal}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.PostAsync($"/api/tasks/{security}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.PostAsJsonAsync($"/api/tasks/{security}/complete", new { variables = new { } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await op2.PostAsJsonAsync($"/api/tasks/{security}/complete", new { variables = new { } })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"/api/tasks/{legal}/complete", new { variables = new { } })).StatusCode);
    }

    [Fact]
    public async Task Without_a_declaration_one_administrator_completes_both_steps()
    {
        var admin = await app.SignInAsync("admin@ams.test");
        var instanceId = await StartAsync(PlainTwoSteps, "plain-two-steps");

        var prepare = await TaskAtAsync(admin, instanceId, "Prepare");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/tasks/{prepare}/complete", new { variables = new { } })).StatusCode);
        var publish = await TaskAtAsync(admin, instanceId, "Publish");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/tasks/{publish}/complete", new { variables = new { } })).StatusCode);

        var instance = await admin.GetFromJsonAsync<JsonObject>($"/api/process-instances/{instanceId}");
        Assert.Equal("completed", instance!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_task_without_a_form_takes_no_values()
    {
        var op = await app.SignInAsync("op@ams.test");
        var instanceId = await StartAsync(TwoApprovals, "two-approvals");
        var first = await TaskAtAsync(op, instanceId, "First");

        var crafted = await op.PostAsJsonAsync($"/api/tasks/{first}/complete", new { variables = new { approvedAmount = 1_000_000 } });

        Assert.Equal(HttpStatusCode.BadRequest, crafted.StatusCode);
        Assert.Contains("approvedAmount", await crafted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await op.PostAsJsonAsync($"/api/tasks/{first}/complete", new { variables = new { } })).StatusCode);
    }

    private async Task<string> StartAsync(string xml, string processId)
    {
        var admin = await app.SignInAsync("admin@ams.test");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/workflows", new StringContent(xml, Encoding.UTF8, "application/xml"))).StatusCode);
        var started = await admin.PostAsJsonAsync("/api/process-instances", new { processId, variables = new { } });
        return (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    private static async Task<string> TaskAtAsync(HttpClient client, string instanceId, string elementId)
    {
        var tasks = await client.GetFromJsonAsync<JsonArray>("/api/tasks");
        var task = tasks!.Single(t => t!["processInstanceId"]!.GetValue<string>() == instanceId && t["elementId"]!.GetValue<string>() == elementId);
        return task!["id"]!.GetValue<string>();
    }
}
