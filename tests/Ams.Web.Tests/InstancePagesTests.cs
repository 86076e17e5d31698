using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
using Ams.Workflow.Engine.Tests;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Web.Tests;

/// <summary>What the instance pages stand on: a version's model for an instance, per-element counts, and the pages themselves.</summary>
public sealed partial class InstancePagesTests : IAsyncLifetime
{
    private static readonly string Model = Bpmn.Process(Chain(User("verify"), Service("work", "external.work")), "counted");
    private readonly AmsWebApplication app = new();
    private HttpClient admin = null!;

    [Fact]
    public async Task Statistics_count_the_instances_waiting_at_each_element_and_the_incidents()
    {
        await DeployAsync(Model);
        await StartAsync();
        await StartAsync();
        var failing = await StartAsync();
        await CompleteVerificationAsync(failing);
        var job = Assert.Single(await ActivateAsync());
        await admin.PostAsJsonAsync($"/api/jobs/{job!["id"]}/fail", new { retries = 0, message = "down" });

        var counts = await admin.GetFromJsonAsync<JsonArray>("/api/process-instances/statistics?processId=counted&version=1");

        Assert.Equal(2, counts!.Count);
        var verify = Assert.Single(counts, c => c!["elementId"]!.GetValue<string>() == "verify")!;
        Assert.Equal(2, verify["active"]!.GetValue<int>());
        Assert.Equal(0, verify["incidents"]!.GetValue<int>());
        var work = Assert.Single(counts, c => c!["elementId"]!.GetValue<string>() == "work")!;
        Assert.Equal(1, work["active"]!.GetValue<int>());
        Assert.Equal(1, work["incidents"]!.GetValue<int>());
    }

    [Fact]
    public async Task Statistics_name_the_missing_field_and_answer_404_for_an_unknown_version()
    {
        await DeployAsync(Model);

        var noProcess = await admin.GetAsync("/api/process-instances/statistics?version=1");
        var noVersion = await admin.GetAsync("/api/process-instances/statistics?processId=counted");
        var unknown = await admin.GetAsync("/api/process-instances/statistics?processId=counted&version=7");

        Assert.Equal(HttpStatusCode.BadRequest, noProcess.StatusCode);
        Assert.Contains("processId", await noProcess.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noVersion.StatusCode);
        Assert.Contains("version", await noVersion.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_model_is_the_version_the_instance_runs_on_even_after_a_newer_deploy()
    {
        await DeployAsync(Model);
        var older = await StartAsync();
        var changed = Model.Replace("name=\"verify\"", "name=\"Verify again\"", StringComparison.Ordinal);
        Assert.Equal(2, (await (await DeployAsync(changed)).Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<int>());
        var newer = await StartAsync();

        var olderModel = await admin.GetAsync($"/api/process-instances/{older}/model");
        var newerModel = await admin.GetStringAsync($"/api/process-instances/{newer}/model");

        Assert.Equal(HttpStatusCode.OK, olderModel.StatusCode);
        Assert.Equal("application/xml", olderModel.Content.Headers.ContentType!.MediaType);
        var xml = await olderModel.Content.ReadAsStringAsync();
        Assert.Contains("name=\"verify\"", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("Verify again", xml, StringComparison.Ordinal);
        Assert.Contains("Verify again", newerModel, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/process-instances/{Guid.NewGuid()}/model")).StatusCode);
    }

    [Fact]
    public async Task The_list_page_filters_by_request_and_links_each_instance_to_its_view()
    {
        await DeployAsync(Model);
        var engine = app.Services.GetRequiredService<WorkflowEngine>();
        var wanted = (await engine.StartInstanceAsync("counted", null, businessKey: "request-42")).Value;
        var other = (await engine.StartInstanceAsync("counted", null, businessKey: "request-43")).Value;
        var browser = await app.SignInWithCookieAsync("admin@ams.test");

        var list = await browser.GetStringAsync("/admin/instances?request=request-42");
        var view = await browser.GetAsync($"/admin/instances/{wanted}");
        var unknown = await browser.GetAsync($"/admin/instances/{Guid.NewGuid()}");
        var overview = await browser.GetStringAsync("/admin/instances/overview?processId=counted&version=1");
        var noOverview = await browser.GetAsync("/admin/instances/overview?processId=counted&version=9");

        Assert.Contains($"href=\"/admin/instances/{wanted}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain(other.ToString(), list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.Contains($"data-instance-id=\"{wanted}\"", await view.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("data-process-id=\"counted\"", overview, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, noOverview.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync("/admin/instances?state=sleeping")).StatusCode);
    }

    [Fact]
    public async Task The_pages_name_an_instance_state_in_the_page_language_not_by_the_engine_name()
    {
        await DeployAsync(Model);
        var instance = await StartAsync();
        var browser = await app.SignInWithCookieAsync("admin@ams.test");

        var indonesianList = await browser.GetStringAsync("/admin/instances?processId=counted");
        var indonesianView = await browser.GetStringAsync($"/admin/instances/{instance}");
        (await browser.GetAsync("/lang/en?returnUrl=%2F")).EnsureSuccessStatusCode();
        var englishList = await browser.GetStringAsync("/admin/instances?processId=counted");

        Assert.Contains("<span class=\"instance-state active\">aktif</span>", indonesianList, StringComparison.Ordinal);
        Assert.Contains("<option value=\"terminated\">dihentikan</option>", indonesianList, StringComparison.Ordinal);
        Assert.Contains(">aktif</span>", indonesianView, StringComparison.Ordinal);
        Assert.DoesNotContain(">Active<", indonesianList, StringComparison.Ordinal);
        Assert.Contains("<span class=\"instance-state active\">active</span>", englishList, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_pages_through_every_instance_once_and_keeps_the_filters()
    {
        await DeployAsync(Model);
        var engine = app.Services.GetRequiredService<WorkflowEngine>();
        var started = new List<Guid>();
        for (var i = 0; i < 53; i++)
        {
            started.Add((await engine.StartInstanceAsync("counted", null, businessKey: $"request-{i}")).Value);
        }

        var browser = await app.SignInWithCookieAsync("admin@ams.test");

        var first = await browser.GetStringAsync("/admin/instances?processId=counted&limit=50");
        var second = await browser.GetStringAsync("/admin/instances?processId=counted&limit=50&pageNumber=2");

        var shown = InstanceRows().Matches(first).Concat(InstanceRows().Matches(second)).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(50, InstanceRows().Matches(first).Count);
        Assert.Equal(started.Order(), shown.Order());
        Assert.Contains("id=\"next-page\" rel=\"next\" href=\"/admin/instances?processId=counted&amp;limit=50&amp;pageNumber=2\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"previous-page\"", first, StringComparison.Ordinal);
        Assert.Contains("id=\"previous-page\" rel=\"prev\" href=\"/admin/instances?processId=counted&amp;limit=50&amp;pageNumber=1\"", second, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"next-page\"", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_listed_id_shows_in_full_on_hover_and_has_a_named_copy_button()
    {
        await DeployAsync(Model);
        var engine = app.Services.GetRequiredService<WorkflowEngine>();
        var instance = (await engine.StartInstanceAsync("counted", null, businessKey: "8d2f4c1e-5a6b-4c7d-9e8f-0a1b2c3d4e5f")).Value;
        var browser = await app.SignInWithCookieAsync("admin@ams.test");

        var list = await browser.GetStringAsync("/admin/instances");

        Assert.Contains($"title=\"{instance}\">{instance.ToString()[..8]}</a>", list, StringComparison.Ordinal);
        Assert.Contains($"<button type=\"button\" class=\"copy-id\" data-copy=\"{instance}\" aria-label=\"Salin {instance}\"", list, StringComparison.Ordinal);
        Assert.Contains("data-copy=\"8d2f4c1e-5a6b-4c7d-9e8f-0a1b2c3d4e5f\" aria-label=\"Salin 8d2f4c1e-5a6b-4c7d-9e8f-0a1b2c3d4e5f\"", list, StringComparison.Ordinal);
        Assert.Contains("<label>Baris per halaman", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_counts_page_without_a_process_lets_the_admin_pick_one_and_its_version()
    {
        await DeployAsync(Model);
        await DeployAsync(Model.Replace("name=\"verify\"", "name=\"verify again\"", StringComparison.Ordinal));
        var browser = await app.SignInWithCookieAsync("admin@ams.test");

        var picker = await browser.GetAsync("/admin/instances/overview");
        var latest = await browser.GetStringAsync("/admin/instances/overview?processId=counted");

        Assert.Equal(HttpStatusCode.OK, picker.StatusCode);
        var page = await picker.Content.ReadAsStringAsync();
        Assert.Contains("<option value=\"counted\">", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/instances/overview?processId=counted&amp;version=1\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/instances/overview?processId=counted&amp;version=2\"", page, StringComparison.Ordinal);
        Assert.Contains("data-process-id=\"counted\" data-version=\"2\"", latest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_called_instance_and_its_caller_link_to_each_other_in_the_api_and_on_their_pages()
    {
        await DeployAsync(Model);
        await DeployAsync(Bpmn.Process(Chain(
            """<bpmn:callActivity id="check"><bpmn:extensionElements><zeebe:calledElement processId="counted" /></bpmn:extensionElements></bpmn:callActivity>"""),
            "caller"));
        var response = await admin.PostAsJsonAsync("/api/process-instances", new { processId = "caller" });
        var parent = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var parentView = await admin.GetFromJsonAsync<JsonObject>($"/api/process-instances/{parent}");
        var called = Assert.Single(parentView!["calledInstances"]!.AsArray())!;
        Assert.Equal("check", called["elementId"]!.GetValue<string>());
        var child = called["instanceId"]!.GetValue<string>();
        var childView = await admin.GetFromJsonAsync<JsonObject>($"/api/process-instances/{child}");
        Assert.Equal(parent, childView!["parentInstanceId"]!.GetValue<string>());
        Assert.Contains($"href=\"/admin/instances/{child}\"", await admin.GetStringAsync($"/admin/instances/{parent}"), StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/instances/{parent}\"", await admin.GetStringAsync($"/admin/instances/{child}"), StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex("<tr data-instance=\"([0-9a-f-]{36})\"")]
    private static partial System.Text.RegularExpressions.Regex InstanceRows();

    public async ValueTask InitializeAsync() => admin = await app.SignInAsync("admin@ams.test");

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private Task<HttpResponseMessage> DeployAsync(string xml) =>
        admin.PostAsync("/api/workflows", new StringContent(xml, Encoding.UTF8, "application/xml"));

    private async Task<Guid> StartAsync()
    {
        var response = await admin.PostAsJsonAsync("/api/process-instances", new { processId = "counted" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return Guid.Parse((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
    }

    private async Task CompleteVerificationAsync(Guid instanceId)
    {
        var engine = app.Services.GetRequiredService<WorkflowEngine>();
        var task = Assert.Single(await engine.Store.QueryUserTasksAsync(
            new UserTaskQuery { ProcessInstanceId = instanceId, State = UserTaskState.Created }, CancellationToken.None));
        Assert.True((await engine.CompleteUserTaskAsync(task.Key, "op@ams.test", null)).Succeeded);
    }

    private async Task<JsonArray> ActivateAsync()
    {
        var response = await admin.PostAsJsonAsync("/api/jobs/activation", new { type = "external.work", maxJobs = 10, lockSeconds = 60 });
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!;
    }
}
