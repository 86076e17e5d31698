using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Ams.Web.Tests;

/// <summary>Two approvals in one process are made by two people: whoever decided the first step cannot decide the second.</summary>
public sealed class FourEyesTests : IAsyncLifetime
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
              <bpmn:extensionElements><zeebe:userTask /><zeebe:assignmentDefinition candidateGroups="verifier" /></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="f3" sourceRef="Second" targetRef="End" />
            <bpmn:endEvent id="End" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly AmsWebApplication app = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task The_verifier_of_the_first_approval_cannot_claim_or_decide_the_second()
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
        Assert.Contains("another verifier", await decide.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await op2.PostAsJsonAsync($"/api/tasks/{second}/complete", new { variables = new { } })).StatusCode);
        var instance = await admin.GetFromJsonAsync<JsonObject>($"/api/process-instances/{instanceId}");
        Assert.Equal("completed", instance!["state"]!.GetValue<string>());
    }

    private static async Task<string> TaskAtAsync(HttpClient client, string instanceId, string elementId)
    {
        var tasks = await client.GetFromJsonAsync<JsonArray>("/api/tasks");
        var task = tasks!.Single(t => t!["processInstanceId"]!.GetValue<string>() == instanceId && t["elementId"]!.GetValue<string>() == elementId);
        return task!["id"]!.GetValue<string>();
    }
}
