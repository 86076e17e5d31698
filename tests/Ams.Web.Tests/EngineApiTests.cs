using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;
using Ams.Workflow.Engine.Tests;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Web.Tests;

/// <summary>The engine's REST API as DESIGN.md §6 fixes it: deploy, start, read, publish, and the external worker.</summary>
public sealed class EngineApiTests : IAsyncLifetime
{
    private static readonly string ExternalTask = Bpmn.Process(Chain(Service("work", "external.work")), "external");
    private readonly AmsWebApplication app = new();
    private HttpClient admin = null!;

    [Fact]
    public async Task Deploying_gives_version_1_then_the_same_version_for_identical_xml_and_the_next_for_a_change()
    {
        var first = await DeployAsync(ExternalTask);
        var again = await DeployAsync(ExternalTask);
        var changed = await DeployAsync(ExternalTask.Replace("name=\"work\"", "name=\"Work\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("/api/workflows/external/versions/1/xml", first.Headers.Location!.OriginalString);
        Assert.Equal(ExternalTask, await admin.GetStringAsync(first.Headers.Location));
        Assert.Equal(1, (await Json(first))["version"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var unchanged = await Json(again);
        Assert.Equal(1, unchanged["version"]!.GetValue<int>());
        Assert.False(unchanged["created"]!.GetValue<bool>());
        var next = await Json(changed);
        Assert.Equal(2, next["version"]!.GetValue<int>());
        Assert.True(next["created"]!.GetValue<bool>());
        var versions = await admin.GetFromJsonAsync<JsonArray>("/api/workflows");
        Assert.Equal(2, versions!.Count(v => v!["processId"]!.GetValue<string>() == "external"));
    }

    [Fact]
    public async Task A_model_with_problems_is_refused_with_each_element_named()
    {
        var response = await DeployAsync(Bpmn.Process(Start() + """<bpmn:callActivity id="call" />""" + End() + Flow("f1", "start", "call") + Flow("f2", "call", "end")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await Json(response))["errors"]!.AsArray();
        Assert.Contains(errors, e => e!["elementId"]!.GetValue<string>() == "call");
    }

    [Fact]
    public async Task Malformed_xml_is_a_400_not_a_500()
    {
        var response = await DeployAsync("<bpmn:definitions");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_external_worker_activates_completes_and_the_instance_ends()
    {
        await DeployAsync(ExternalTask);
        var id = await StartAsync("external", new JsonObject { ["requestId"] = "r-1" });

        var jobs = await ActivateAsync(admin, "external.work");
        var job = Assert.Single(jobs);
        Assert.Equal("r-1", job!["variables"]!["requestId"]!.GetValue<string>());
        var completed = await admin.PostAsJsonAsync($"/api/jobs/{job["id"]}/complete", new { variables = new { outcome = "done" } });

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var instance = await admin.GetFromJsonAsync<JsonObject>($"/api/process-instances/{id}");
        Assert.Equal("completed", instance!["state"]!.GetValue<string>());
        Assert.Equal("done", instance["variables"]!["outcome"]!.GetValue<string>());
    }

    [Fact]
    public async Task Only_the_worker_holding_the_lease_may_answer_a_job()
    {
        await app.CreateUserAsync("worker2@ams.test", Roles.Admin);
        var other = await app.SignInAsync("worker2@ams.test");
        await DeployAsync(ExternalTask);
        await StartAsync("external", null);
        var job = Assert.Single(await ActivateAsync(admin, "external.work"));

        var stolen = await other.PostAsJsonAsync($"/api/jobs/{job!["id"]}/complete", new { });

        Assert.Equal(HttpStatusCode.NotFound, stolen.StatusCode);
        Assert.Empty(await ActivateAsync(other, "external.work"));
    }

    [Fact]
    public async Task A_job_failed_with_no_retries_left_shows_as_an_incident_on_the_instance()
    {
        await DeployAsync(ExternalTask);
        var id = await StartAsync("external", null);
        var job = Assert.Single(await ActivateAsync(admin, "external.work"));

        var failed = await admin.PostAsJsonAsync($"/api/jobs/{job!["id"]}/fail", new { retries = 0, message = "CA unreachable" });

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        var instance = await admin.GetFromJsonAsync<JsonObject>($"/api/process-instances/{id}");
        var incident = Assert.Single(instance!["incidents"]!.AsArray());
        Assert.Equal("work", incident!["elementId"]!.GetValue<string>());
        Assert.Contains("CA unreachable", incident["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_sees_the_incident_and_retries_it_and_the_job_returns_to_the_pool()
    {
        await DeployAsync(ExternalTask);
        var id = await StartAsync("external", null);
        var job = Assert.Single(await ActivateAsync(admin, "external.work"));
        await admin.PostAsJsonAsync($"/api/jobs/{job!["id"]}/fail", new { retries = 0, message = "CA unreachable" });

        var incident = Assert.Single((await admin.GetFromJsonAsync<JsonArray>("/api/incidents"))!, i => i!["processInstanceId"]!.GetValue<string>() == id.ToString());
        var retried = await admin.PostAsJsonAsync($"/api/incidents/{incident!["id"]}/retry", new { retries = 2 });

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Empty((await admin.GetFromJsonAsync<JsonObject>($"/api/process-instances/{id}"))!["incidents"]!.AsArray());
        var again = Assert.Single(await ActivateAsync(admin, "external.work"));
        Assert.Equal(2, again!["retries"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync($"/api/incidents/{incident["id"]}/retry", new { })).StatusCode);
    }

    [Fact]
    public async Task Instances_are_listed_with_filters_and_each_has_its_history()
    {
        await DeployAsync(ExternalTask);
        var healthy = await StartAsync("external", null);
        var broken = await StartAsync("external", null);
        var jobs = await ActivateAsync(admin, "external.work");
        var brokenJob = jobs.Single(j => j!["processInstanceId"]!.GetValue<string>() == broken.ToString());
        await admin.PostAsJsonAsync($"/api/jobs/{brokenJob!["id"]}/fail", new { retries = 0, message = "down" });

        var withIncidents = await admin.GetFromJsonAsync<JsonArray>("/api/process-instances?processId=external&withIncidents=true");
        var active = await admin.GetFromJsonAsync<JsonArray>("/api/process-instances?state=active&processId=external");
        var history = await admin.GetFromJsonAsync<JsonArray>($"/api/process-instances/{broken}/history");

        Assert.Equal(broken.ToString(), Assert.Single(withIncidents!)!["id"]!.GetValue<string>());
        Assert.Equal(2, active!.Count);
        Assert.Contains(active, i => i!["id"]!.GetValue<string>() == healthy.ToString());
        Assert.Contains(history!, h => h!["type"]!.GetValue<string>() == "IncidentCreated" && h["elementId"]!.GetValue<string>() == "work");
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/process-instances?state=sleeping")).StatusCode);
    }

    [Fact]
    public async Task Bad_activation_input_names_the_field()
    {
        var response = await admin.PostAsJsonAsync("/api/jobs/activation", new { type = "x", maxJobs = 1000 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("maxJobs", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_message_reaches_the_waiting_instance()
    {
        await DeployAsync(Bpmn.Definitions(
            Message("m", "enrollment-completed", "=requestId"),
            Chain("""<bpmn:intermediateCatchEvent id="wait"><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateCatchEvent>"""),
            "waiting"));
        var id = await StartAsync("waiting", new JsonObject { ["requestId"] = "r-9" });

        var response = await admin.PostAsJsonAsync("/api/messages", new { name = "enrollment-completed", correlationKey = "r-9", variables = new { status = "success" } });

        Assert.Equal(1, (await Json(response))["correlated"]!.GetValue<int>());
        var instance = await admin.GetFromJsonAsync<JsonObject>($"/api/process-instances/{id}");
        Assert.Equal("completed", instance!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task Starting_an_unknown_process_is_a_404()
    {
        var response = await admin.PostAsJsonAsync("/api/process-instances", new { processId = "nothing-here" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public async ValueTask InitializeAsync() => admin = await app.SignInAsync("admin@ams.test");

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private Task<HttpResponseMessage> DeployAsync(string xml) =>
        admin.PostAsync("/api/workflows", new StringContent(xml, Encoding.UTF8, "application/xml"));

    private async Task<Guid> StartAsync(string processId, JsonObject? variables)
    {
        var response = await admin.PostAsJsonAsync("/api/process-instances", new { processId, variables });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Guid.Parse((await Json(response))["id"]!.GetValue<string>());
    }

    private static async Task<JsonArray> ActivateAsync(HttpClient client, string type)
    {
        var response = await client.PostAsJsonAsync("/api/jobs/activation", new { type, maxJobs = 10, lockSeconds = 60 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!;
    }

    private static async Task<JsonObject> Json(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;
}
