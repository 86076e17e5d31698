using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Ams.Web.Tests;

/// <summary>Versioned forms: the shipped form imported once, saves as versions, validation naming the field, the inbox holding submissions to the latest form.</summary>
public sealed class FormsTests : IAsyncLifetime
{
    private readonly string workflows = Path.Combine(Path.GetTempPath(), "ams-forms-tests", Guid.NewGuid().ToString("N"));
    private readonly string data = Path.Combine(Path.GetTempPath(), "ams-forms-tests", Guid.NewGuid().ToString("N"));
    private AmsWebApplication app = null!;
    private HttpClient admin = null!;

    [Fact]
    public async Task The_shipped_form_is_version_1_and_an_identical_save_returns_it()
    {
        var forms = await admin.GetFromJsonAsync<JsonArray>("/api/forms");
        var verification = Assert.Single(forms!, f => f!["id"]!.GetValue<string>() == "verification")!;
        Assert.Equal(1, verification["version"]!.GetValue<int>());

        var saved = await PostFormAsync(admin, await File.ReadAllTextAsync(Path.Combine(workflows, "forms", "verification.form")));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(1, (await saved.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_changed_form_is_the_next_version_and_each_version_stays_readable()
    {
        var created = await PostFormAsync(admin, Form("leave", ("reason", "textfield")));
        var changed = await PostFormAsync(admin, Form("leave", ("reason", "textfield"), ("days", "number")));
        var again = await PostFormAsync(admin, Form("leave", ("reason", "textfield"), ("days", "number")));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, (await again.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<int>());
        var versions = await admin.GetFromJsonAsync<JsonArray>("/api/forms/leave/versions");
        Assert.Equal([2, 1], versions!.Select(v => v!["version"]!.GetValue<int>()));
        Assert.Equal("admin@ams.test", versions![0]!["deployedBy"]!.GetValue<string>());
        var first = await admin.GetFromJsonAsync<JsonObject>("/api/forms/leave?version=1");
        Assert.Single(first!["schema"]!["components"]!.AsArray());
        var latest = await admin.GetFromJsonAsync<JsonObject>("/api/forms/leave");
        Assert.Equal(2, latest!["schema"]!["components"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/forms/leave?version=9")).StatusCode);
    }

    [Theory]
    [InlineData("{not json", "body")]
    [InlineData("[1,2]", "body")]
    [InlineData("""{"components":[]}""", "id")]
    [InlineData("""{"id":"../etc","components":[]}""", "id")]
    [InlineData("""{"id":"Leave","components":[]}""", "id")]
    [InlineData("""{"id":"leave"}""", "components")]
    [InlineData("""{"id":"leave","components":[{"type":"text","text":"hi"},{"type":"textfield","label":"No key"}]}""", "components[1].key")]
    [InlineData("""{"id":"leave","components":[{"type":"group","components":[{"type":"select"}]}]}""", "components[0].components[0].key")]
    public async Task A_form_that_cannot_be_used_is_refused_naming_the_field(string json, string field)
    {
        var answer = await PostFormAsync(admin, json);

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var problem = await answer.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(problem!["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [Fact]
    public async Task A_restart_keeps_an_administrators_edit_and_a_changed_shipped_file_becomes_the_next_version()
    {
        var edited = (await File.ReadAllTextAsync(Path.Combine(workflows, "forms", "verification.form"))).Replace("Catatan verifikasi", "Catatan OP", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await PostFormAsync(admin, edited)).StatusCode);

        await RestartAsync();
        var afterRestart = await admin.GetFromJsonAsync<JsonObject>("/api/forms/verification");
        Assert.Equal(2, afterRestart!["version"]!.GetValue<int>());
        Assert.Contains("Catatan OP", afterRestart["schema"]!.ToJsonString(), StringComparison.Ordinal);

        var shipped = Path.Combine(workflows, "forms", "verification.form");
        await File.WriteAllTextAsync(shipped, (await File.ReadAllTextAsync(shipped)).Replace("Catatan verifikasi", "Catatan baru", StringComparison.Ordinal));
        await RestartAsync();
        var afterChange = await admin.GetFromJsonAsync<JsonObject>("/api/forms/verification");
        Assert.Equal(3, afterChange!["version"]!.GetValue<int>());
        Assert.Contains("Catatan baru", afterChange["schema"]!.ToJsonString(), StringComparison.Ordinal);
        var versions = await admin.GetFromJsonAsync<JsonArray>("/api/forms/verification/versions");
        Assert.Equal([true, false, true], versions!.Select(v => v!["shipped"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task A_crafted_completion_outside_the_forms_allowed_values_is_refused()
    {
        var op = await app.SignInAsync("op@ams.test");
        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", "UNSPECIFIED");
        var task = (await RevocationRequests.WaitForTaskAsync(op, requestId))["id"]!.ToString();

        var crafted = await op.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables = new { decision = "escalated", note = "x" } });

        Assert.Equal(HttpStatusCode.BadRequest, crafted.StatusCode);
        var problem = await crafted.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Contains("approved", problem!["errors"]!["decision"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_inbox_checks_submissions_against_the_latest_version_of_the_form()
    {
        var op = await app.SignInAsync("op@ams.test");
        var requestId = await RevocationRequests.FileAsync(app, "holder@ams.test", "UNSPECIFIED");
        var task = (await RevocationRequests.WaitForTaskAsync(op, requestId))["id"]!.ToString();
        var shorter = (await File.ReadAllTextAsync(Path.Combine(workflows, "forms", "verification.form"))).Replace("\"maxLength\": 1000", "\"maxLength\": 5", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await PostFormAsync(admin, shorter)).StatusCode);

        var tooLong = await op.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables = new { decision = "approved", note = "longer than five" } });

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("5", (await tooLong.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["note"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var fine = await op.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables = new { decision = "approved", note = "ok" } });
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    [Fact]
    public async Task A_task_whose_form_is_unknown_says_so_on_its_page()
    {
        var model = Ams.Workflow.Engine.Tests.Bpmn.Process("""
            <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:userTask id="check" name="Check">
              <bpmn:extensionElements>
                <zeebe:userTask />
                <zeebe:assignmentDefinition candidateGroups="verifier" />
                <zeebe:formDefinition formId="missing-form" />
              </bpmn:extensionElements>
              <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check" />
            <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="end" />
            """, id: "unknown-form");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync("/api/workflows", new StringContent(model, Encoding.UTF8, "application/xml"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/process-instances", new { processId = "unknown-form", variables = new { } })).StatusCode);
        var op = await app.SignInAsync("op@ams.test");
        var deadline = DateTime.UtcNow.AddSeconds(90);
        JsonNode? task;
        while ((task = (await op.GetFromJsonAsync<JsonArray>("/api/tasks"))!.FirstOrDefault(t => t!["elementId"]!.GetValue<string>() == "check")) is null)
        {
            Assert.True(DateTime.UtcNow < deadline, "The task did not reach the inbox.");
            await Task.Delay(100);
        }

        var page = await op.GetStringAsync($"/inbox/{task["id"]}");

        Assert.Contains("id=\"form-unknown\"", page, StringComparison.Ordinal);
        Assert.Contains("missing-form", page, StringComparison.Ordinal);
        Assert.DoesNotContain("task-form.js", page, StringComparison.Ordinal);
    }

    public async ValueTask InitializeAsync()
    {
        CopyShippedWorkflows();
        await StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var folder in new[] { workflows, data })
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean.
            }
        }
    }

    private static string Form(string id, params (string Key, string Type)[] fields) => new JsonObject
    {
        ["id"] = id,
        ["type"] = "default",
        ["components"] = new JsonArray(fields.Select(f => (JsonNode)new JsonObject { ["key"] = f.Key, ["type"] = f.Type, ["label"] = f.Key }).ToArray()),
    }.ToJsonString();

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string json) =>
        client.PostAsync("/api/forms", new StringContent(json, Encoding.UTF8, "application/json"));

    private void CopyShippedWorkflows()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryFolders.Workflows, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(workflows, Path.GetRelativePath(RepositoryFolders.Workflows, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private async Task StartAsync()
    {
        app = new AmsWebApplication(workflows, new() { ["Ams:DataPath"] = data });
        admin = await app.SignInAsync("admin@ams.test");
    }

    private async Task RestartAsync()
    {
        await app.DisposeAsync();
        await StartAsync();
    }
}
