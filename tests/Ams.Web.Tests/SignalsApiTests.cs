using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Tests;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Web.Tests;

/// <summary><c>POST /api/signals</c>: an administrator broadcasts a signal to every process and instance waiting for it.</summary>
public sealed class SignalsApiTests : IAsyncLifetime
{
    private const string Alert = """<bpmn:signal id="s" name="registry-closed" />""";
    private readonly AmsWebApplication app = new();
    private HttpClient admin = null!;

    [Fact]
    public async Task A_broadcast_starts_the_signal_start_process_and_moves_the_waiting_instance_with_its_variables()
    {
        await DeployAsync(Bpmn.Definitions(Alert,
            Chain("""<bpmn:intermediateCatchEvent id="wait"><bpmn:signalEventDefinition signalRef="s" /></bpmn:intermediateCatchEvent>"""), "waiting"));
        await DeployAsync(Bpmn.Definitions(Alert,
            """<bpmn:startEvent id="start"><bpmn:signalEventDefinition signalRef="s" /></bpmn:startEvent>""" + End() + Flow("f1", "start", "end"), "started"));
        var started = await admin.PostAsJsonAsync("/api/process-instances", new { processId = "waiting" });
        var id = (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var response = await admin.PostAsJsonAsync("/api/signals", new { name = "registry-closed", variables = new { reason = "maintenance" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(1, answer["started"]!.GetValue<int>());
        Assert.Equal(1, answer["triggered"]!.GetValue<int>());
        var instance = await admin.GetFromJsonAsync<JsonObject>($"/api/process-instances/{id}");
        Assert.Equal("completed", instance!["state"]!.GetValue<string>());
        Assert.Contains("maintenance", instance.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signal_nobody_waits_for_reaches_no_instance()
    {
        var response = await admin.PostAsJsonAsync("/api/signals", new { name = "nobody-listens" });

        var answer = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(0, answer["started"]!.GetValue<int>());
        Assert.Equal(0, answer["triggered"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{"variables": {"a": 1}}""")]
    [InlineData("""{"name": "  "}""")]
    [InlineData("""{"name": 7}""")]
    public async Task A_broadcast_without_a_name_is_a_problem_naming_the_field(string body)
    {
        var response = await admin.PostAsync("/api/signals", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(problem["errors"]?["name"] is not null, $"The problem does not name 'name': {problem}");
    }

    [Theory]
    [InlineData("op@ams.test")]
    [InlineData("holder@ams.test")]
    public async Task Only_administrators_may_broadcast(string email)
    {
        var client = await app.SignInAsync(email);

        var response = await client.PostAsJsonAsync("/api/signals", new { name = "registry-closed" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    public async ValueTask InitializeAsync() => admin = await app.SignInAsync("admin@ams.test");

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task DeployAsync(string xml)
    {
        var response = await admin.PostAsync("/api/workflows", new StringContent(xml, Encoding.UTF8, "application/xml"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
