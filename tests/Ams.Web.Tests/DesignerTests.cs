using System.Net;
using System.Net.Http.Json;
using System.Security;
using System.Text;
using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;
using Ams.Web.Operations.Designer;
using Ams.Workflow.Engine.Tests;
using Ams.Workflow.Hangfire;
using Microsoft.Extensions.DependencyInjection;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Web.Tests;

/// <summary>What the designer relies on: validation without deployment, versions and their XML, and the element templates.</summary>
public sealed class DesignerTests : IAsyncLifetime
{
    private static readonly string ExternalTask = Bpmn.Process(Chain(Service("work", "external.work")), "external");
    private readonly AmsWebApplication app = new(RepositoryFolders.Workflows);
    private HttpClient admin = null!;

    [Fact]
    public async Task Validation_answers_the_problems_with_element_ids_and_deploys_nothing()
    {
        var broken = Bpmn.Process(Start() + """<bpmn:receiveTask id="call" />""" + End() + Flow("f1", "start", "call") + Flow("f2", "call", "end"), "broken");

        var response = await PostXmlAsync("/api/workflows/validation", broken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var error = Assert.Single(body!["errors"]!.AsArray(), e => e!["elementId"]!.GetValue<string>() == "call");
        Assert.Equal("receiveTask", error!["elementType"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(error["message"]!.GetValue<string>()));
        Assert.NotNull(body["warnings"]);
        var deployed = await admin.GetFromJsonAsync<JsonArray>("/api/workflows");
        Assert.DoesNotContain(deployed!, d => d!["processId"]!.GetValue<string>() == "broken");
    }

    [Fact]
    public async Task Validation_of_a_good_model_has_no_errors_and_still_deploys_nothing()
    {
        var response = await PostXmlAsync("/api/workflows/validation", ExternalTask);

        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Empty(body!["errors"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/workflows/external/versions")).StatusCode);
    }

    [Fact]
    public async Task Validation_without_a_body_is_a_400_naming_the_body()
    {
        var response = await PostXmlAsync("/api/workflows/validation", "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("body", (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task A_model_over_the_limit_is_refused_even_without_a_declared_length()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/workflows/validation")
        {
            Content = new StreamContent(new MemoryStream(new byte[Ams.Web.Operations.Workflows.WorkflowsApi.MaxModelBytes + 1])),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/xml");
        request.Headers.TransferEncodingChunked = true;

        var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Versions_are_listed_newest_first_and_each_downloads_as_the_xml_deployed()
    {
        await PostXmlAsync("/api/workflows", ExternalTask);
        var second = ExternalTask.Replace("name=\"work\"", "name=\"Work\"", StringComparison.Ordinal);
        await PostXmlAsync("/api/workflows", second);

        var versions = await admin.GetFromJsonAsync<JsonArray>("/api/workflows/external/versions");
        var download = await admin.GetAsync("/api/workflows/external/versions/1/xml");

        Assert.Equal([2, 1], versions!.Select(v => v!["version"]!.GetValue<int>()));
        Assert.All(versions!, v => Assert.Equal("admin@ams.test", v!["deployedBy"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("external-v1.bpmn", download.Content.Headers.ContentDisposition.FileNameStar ?? download.Content.Headers.ContentDisposition.FileName);
        Assert.Equal(ExternalTask, await download.Content.ReadAsStringAsync());
        Assert.Equal(second, await admin.GetStringAsync("/api/workflows/external/versions/2/xml"));
    }

    [Theory]
    [InlineData("/api/workflows/external/versions/3/xml")]
    [InlineData("/api/workflows/nothing/versions/1/xml")]
    [InlineData("/api/workflows/nothing/versions")]
    public async Task Unknown_versions_are_404_problems(string path)
    {
        await PostXmlAsync("/api/workflows", ExternalTask);

        var response = await admin.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Every_in_process_worker_has_a_template_and_no_template_names_a_type_without_a_worker()
    {
        var registry = app.Services.GetRequiredService<JobHandlerRegistry>();

        var templates = await TemplatesAsync();

        var types = templates.Select(t => Property(t!.AsObject(), "zeebe:taskDefinition", "type")?["value"]?.GetValue<string>()).OfType<string>().ToList();
        Assert.Equal(registry.JobTypes.Order(StringComparer.Ordinal), types.Order(StringComparer.Ordinal));
        Assert.Equal(JobWorkers.All.Select(w => w.JobType).Order(StringComparer.Ordinal), types.Order(StringComparer.Ordinal));
        var handlers = typeof(JobWorkers).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(Ams.Workflow.Hangfire.IJobHandler).IsAssignableFrom(t))
            .Select(t => (string)t.GetField("JobType")!.GetRawConstantValue()!);
        Assert.Equal(handlers.Order(StringComparer.Ordinal), types.Order(StringComparer.Ordinal));
        Assert.Contains(templates, t => t!["name"]!.GetValue<string>() == "Kirim email");
        Assert.Contains(templates, t => t!["name"]!.GetValue<string>() == "Enrollment ke CA");
        Assert.Contains(templates, t => t!["name"]!.GetValue<string>() == "Catat keputusan verifikasi");
        Assert.Contains(templates, t => t!["name"]!.GetValue<string>() == "Catat hasil enrollment");
    }

    [Fact]
    public async Task The_mail_template_lists_the_mail_ids_and_the_user_task_the_roles_and_forms()
    {
        var templates = await TemplatesAsync();

        var mail = templates.Single(t => Property(t!.AsObject(), "zeebe:taskDefinition", "type")?["value"]?.GetValue<string>() == "mail.send")!.AsObject();
        var mailIds = Choices(Input(mail, "template")!);
        Assert.Contains("request-received", mailIds);
        Assert.Contains("certificate-revoked", mailIds);
        Assert.Equal(mailIds.Distinct().Count(), mailIds.Count);
        Assert.Equal("=holderEmail", Input(mail, "to")!["value"]!.GetValue<string>());
        var verification = templates.Single(t => t!["name"]!.GetValue<string>() == "Verifikasi OP")!.AsObject();
        Assert.Equal("bpmn:UserTask", verification["elementType"]!["value"]!.GetValue<string>());
        Assert.Equal(Roles.All.Order(StringComparer.Ordinal), Choices(Property(verification, "zeebe:assignmentDefinition", "candidateGroups")!));
        Assert.Equal(["verification"], Choices(Property(verification, "zeebe:formDefinition", "formId")!));
        Assert.NotNull(Property(verification, "zeebe:taskSchedule", "dueDate"));
        Assert.NotNull(Property(verification, "zeebe:priorityDefinition", "priority"));
    }

    [Fact]
    public async Task A_model_written_from_the_templates_deploys_and_runs_to_the_end()
    {
        var templates = await TemplatesAsync();
        var verification = templates.Single(t => t!["name"]!.GetValue<string>() == "Verifikasi OP")!.AsObject();
        var mail = templates.Single(t => t!["name"]!.GetValue<string>() == "Kirim email")!.AsObject();
        var model = Bpmn.Process(Chain(
            $"""<bpmn:userTask id="verify" name="Verifikasi OP"><bpmn:extensionElements>{ExtensionsOf(verification)}</bpmn:extensionElements></bpmn:userTask>""",
            $"""<bpmn:serviceTask id="mail" name="Kirim email"><bpmn:extensionElements>{ExtensionsOf(mail, new() { ["template"] = "request-approved" })}</bpmn:extensionElements></bpmn:serviceTask>"""), "templated");

        var deployed = await PostXmlAsync("/api/workflows", model);
        Assert.Equal(HttpStatusCode.Created, deployed.StatusCode);
        var started = await admin.PostAsJsonAsync("/api/process-instances", new { processId = "templated", variables = new { holderEmail = "holder@ams.test" } });
        var id = (await started.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var verifier = await app.SignInAsync("op@ams.test");
        var task = (await verifier.GetFromJsonAsync<JsonArray>("/api/tasks"))!.Single(t => t!["processInstanceId"]!.GetValue<string>() == id)!;
        Assert.Contains("verifier", task["candidateGroups"]!.AsArray().Select(g => g!.GetValue<string>()));
        (await verifier.PostAsync($"/api/tasks/{task["id"]}/claim", null)).EnsureSuccessStatusCode();
        (await verifier.PostAsJsonAsync($"/api/tasks/{task["id"]}/complete", new { variables = new { decision = "approved", note = "ok" } })).EnsureSuccessStatusCode();

        var instance = await WaitForEndAsync(id);

        Assert.Equal("completed", instance["state"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(EngineElementTemplates.CallActivityId, "Panggil alur kerja lain", "Call another workflow", "bpmn:CallActivity", "zeebe:calledElement", "processId")]
    [InlineData(EngineElementTemplates.ScriptTaskId, "Hitung nilai (FEEL)", "Compute a value (FEEL)", "bpmn:ScriptTask", "zeebe:script", "expression")]
    [InlineData(EngineElementTemplates.BusinessRuleTaskId, "Putuskan dengan tabel", "Decide with a table", "bpmn:BusinessRuleTask", "zeebe:calledDecision", "decisionId")]
    public async Task The_templates_of_the_engines_own_elements_speak_the_readers_language_and_bind_what_the_engine_reads(
        string id, string indonesian, string english, string elementType, string bindingType, string property)
    {
        var inIndonesian = (await TemplatesAsync()).Single(t => t!["id"]!.GetValue<string>() == id)!.AsObject();
        var inEnglish = (await TemplatesAsync(await EnglishAdminAsync())).Single(t => t!["id"]!.GetValue<string>() == id)!.AsObject();

        Assert.Equal(indonesian, inIndonesian["name"]!.GetValue<string>());
        Assert.Equal(english, inEnglish["name"]!.GetValue<string>());
        Assert.NotEqual(inIndonesian["description"]!.GetValue<string>(), inEnglish["description"]!.GetValue<string>());
        Assert.NotEqual(Labels(inIndonesian), Labels(inEnglish));
        foreach (var template in new[] { inIndonesian, inEnglish })
        {
            Assert.Equal(elementType, template["elementType"]!["value"]!.GetValue<string>());
            Assert.Contains("bpmn:Task", template["appliesTo"]!.AsArray().Select(a => a!.GetValue<string>()));
            Assert.NotNull(Property(template, bindingType, property));
            Assert.Null(Property(template, "zeebe:taskDefinition", "type"));
        }
    }

    [Fact]
    public async Task The_call_activity_template_binds_the_version_and_both_propagation_flags()
    {
        var call = (await TemplatesAsync()).Single(t => t!["id"]!.GetValue<string>() == EngineElementTemplates.CallActivityId)!.AsObject();

        var binding = Property(call, "zeebe:calledElement", "bindingType")!;
        Assert.Equal(["latest", "versionTag"], Choices(binding));
        Assert.Equal("latest", binding["value"]!.GetValue<string>());
        var tag = Property(call, "zeebe:calledElement", "versionTag")!;
        Assert.Equal(binding["id"]!.GetValue<string>(), tag["condition"]!["property"]!.GetValue<string>());
        Assert.Equal("versionTag", tag["condition"]!["equals"]!.GetValue<string>());
        Assert.Equal("Boolean", Property(call, "zeebe:calledElement", "propagateAllParentVariables")!["type"]!.GetValue<string>());
        Assert.Equal("Boolean", Property(call, "zeebe:calledElement", "propagateAllChildVariables")!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_call_activity_template_offers_every_deployed_process_id_and_one_deployed_now()
    {
        Assert.Equal(HttpStatusCode.Created, (await PostXmlAsync("/api/workflows", ExternalTask)).StatusCode);
        var deployed = (await admin.GetFromJsonAsync<JsonArray>("/api/workflows"))!
            .Select(d => d!["processId"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal).ToList();

        var call = (await TemplatesAsync()).Single(t => t!["id"]!.GetValue<string>() == EngineElementTemplates.CallActivityId)!.AsObject();

        var processIds = Choices(Property(call, "zeebe:calledElement", "processId")!);
        Assert.Equal(deployed, processIds);
        Assert.Contains("external", processIds);
        Assert.Contains("revocation", processIds);
    }

    [Fact]
    public async Task The_decision_template_offers_the_decisions_of_the_latest_deployed_tables()
    {
        const string Dmn = """
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="fees" name="Fees" namespace="http://camunda.org/schema/1.0/dmn">
              <decision id="fee" name="Fee"><literalExpression id="e"><text>10</text></literalExpression></decision>
            </definitions>
            """;
        Assert.Equal(HttpStatusCode.Created, (await PostXmlAsync("/api/decisions", Dmn)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostXmlAsync("/api/decisions", Dmn.Replace("id=\"fee\"", "id=\"fee-2027\"", StringComparison.Ordinal))).StatusCode);

        var decide = (await TemplatesAsync()).Single(t => t!["id"]!.GetValue<string>() == EngineElementTemplates.BusinessRuleTaskId)!.AsObject();

        var decisionIds = Choices(Property(decide, "zeebe:calledDecision", "decisionId")!);
        Assert.Contains("fee-2027", decisionIds);
        Assert.Contains("verification-terms", decisionIds);
        Assert.DoesNotContain("fee", decisionIds);
    }

    public async ValueTask InitializeAsync() => admin = await app.SignInAsync("admin@ams.test");

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<JsonObject> WaitForEndAsync(string id)
    {
        for (var attempt = 0; ; attempt++)
        {
            var instance = (await admin.GetFromJsonAsync<JsonObject>($"/api/process-instances/{id}"))!;
            if (instance["state"]!.GetValue<string>() != "active" || attempt >= 300)
            {
                return instance;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    private async Task<JsonArray> TemplatesAsync(HttpClient? client = null) =>
        (await (client ?? admin).GetFromJsonAsync<JsonArray>("/api/designer/element-templates"))!;

    /// <summary>The administrator after choosing English with the language switch: a new token carries the account's language.</summary>
    private async Task<HttpClient> EnglishAdminAsync()
    {
        var browser = await app.SignInWithCookieAsync("admin@ams.test");
        (await browser.GetAsync("/lang/en?returnUrl=%2F")).EnsureSuccessStatusCode();
        return await app.SignInAsync("admin@ams.test");
    }

    private static List<string> Labels(JsonObject template) =>
        template["properties"]!.AsArray().Select(p => p!["label"]?.GetValue<string>()).OfType<string>().ToList();

    private Task<HttpResponseMessage> PostXmlAsync(string path, string xml) =>
        admin.PostAsync(path, new StringContent(xml, Encoding.UTF8, "application/xml"));

    private static JsonObject? Property(JsonObject template, string bindingType, string property) =>
        template["properties"]!.AsArray().Select(p => p!.AsObject())
            .FirstOrDefault(p => p["binding"]!["type"]!.GetValue<string>() == bindingType && p["binding"]!["property"]?.GetValue<string>() == property);

    private static JsonObject? Input(JsonObject template, string name) =>
        template["properties"]!.AsArray().Select(p => p!.AsObject())
            .FirstOrDefault(p => p["binding"]!["type"]!.GetValue<string>() == "zeebe:input" && p["binding"]!["name"]?.GetValue<string>() == name);

    private static List<string> Choices(JsonObject property) =>
        property["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()).ToList();

    /// <summary>
    /// The extension elements a template's bindings write, as the properties panel writes them: each property's value
    /// (or the chosen one, by input name) on the element and attribute its binding names.
    /// </summary>
    private static string ExtensionsOf(JsonObject template, Dictionary<string, string>? chosen = null)
    {
        var elements = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var inputs = new List<string>();
        foreach (var property in template["properties"]!.AsArray().Select(p => p!.AsObject()))
        {
            var binding = property["binding"]!.AsObject();
            var type = binding["type"]!.GetValue<string>();
            var name = binding["name"]?.GetValue<string>();
            var value = name is not null && chosen?.GetValueOrDefault(name) is { } pick ? pick : property["value"]?.GetValue<string>() ?? "";
            if (type == "zeebe:input")
            {
                inputs.Add($"""<zeebe:input source="{SecurityElement.Escape(value)}" target="{name}" />""");
                continue;
            }

            var element = type["zeebe:".Length..];
            var attributes = elements.TryGetValue(element, out var found) ? found : elements[element] = [];
            if (binding["property"]?.GetValue<string>() is { } attribute && value.Length > 0)
            {
                attributes.Add($"""{attribute}="{SecurityElement.Escape(value)}" """);
            }
        }

        var xml = string.Concat(elements.Select(e => $"<zeebe:{e.Key} {string.Concat(e.Value)}/>"));
        return inputs.Count == 0 ? xml : xml + $"<zeebe:ioMapping>{string.Concat(inputs)}</zeebe:ioMapping>";
    }
}
