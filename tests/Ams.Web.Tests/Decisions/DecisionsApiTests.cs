using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Ams.Workflow.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Web.Tests.Decisions;

/// <summary><c>/api/decisions</c>: administrators deploy, check and read DMN decision tables, versioned like models.</summary>
public sealed class DecisionsApiTests : IAsyncLifetime
{
    private readonly AmsWebApplication app = new(RepositoryFolders.Workflows);
    private HttpClient admin = null!;

    /// <summary>A table with one input and one output; <paramref name="dueIn"/> is the key compromise's answer.</summary>
    private static string Table(string dueIn = "PT1H", string inputEntry = "\"KEY_COMPROMISE\"") => $$"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="terms" name="Terms" namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="due" name="Due">
            <decisionTable id="table" hitPolicy="FIRST">
              <input id="in"><inputExpression id="expr" typeRef="string"><text>reason</text></inputExpression></input>
              <output id="out" name="dueIn" typeRef="string" />
              <rule id="key"><inputEntry id="e1"><text>{{inputEntry}}</text></inputEntry><outputEntry id="o1"><text>"{{dueIn}}"</text></outputEntry></rule>
              <rule id="other"><inputEntry id="e2"><text>-</text></inputEntry><outputEntry id="o2"><text>"PT4H"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """;

    [Fact]
    public async Task Deploying_makes_a_version_that_the_engine_evaluates_and_a_changed_table_the_next_version()
    {
        var first = await PostAsync("/api/decisions?resourceName=terms.dmn", Table());
        var again = await PostAsync("/api/decisions", Table());
        var changed = await PostAsync("/api/decisions", Table(dueIn: "PT30M"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var body = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("terms", 1, "due"), (body["decisionRequirementsId"]!.GetValue<string>(), body["version"]!.GetValue<int>(), body["decisions"]![0]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False((await again.Content.ReadFromJsonAsync<JsonObject>())!["created"]!.GetValue<bool>());
        Assert.Equal(2, (await changed.Content.ReadFromJsonAsync<JsonObject>())!["version"]!.GetValue<int>());
        var engine = app.Services.GetRequiredService<WorkflowEngine>();
        var result = await engine.EvaluateDecisionAsync("due", new JsonObject { ["reason"] = "KEY_COMPROMISE" });
        Assert.Equal("PT30M", result.ToJson()!.GetValue<string>());

        var versions = (await admin.GetFromJsonAsync<JsonArray>("/api/decisions"))!.Where(v => v!["decisionRequirementsId"]!.GetValue<string>() == "terms").ToList();
        Assert.Equal([2, 1], versions.Select(v => v!["version"]!.GetValue<int>()));
        Assert.Equal("terms.dmn", versions[1]!["resourceName"]!.GetValue<string>());
        var xml = await admin.GetStringAsync("/api/decisions/terms/versions/1/xml");
        Assert.Contains("\"PT1H\"", xml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/decisions/terms/versions/9/xml")).StatusCode);
    }

    [Fact]
    public async Task A_table_with_a_broken_entry_is_refused_naming_its_rule_and_nothing_is_deployed()
    {
        var broken = Table(inputEntry: "&gt; &gt; 3");

        var check = await PostAsync("/api/decisions/validation", broken);
        var deploy = await PostAsync("/api/decisions", broken);

        var errors = (await check.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray();
        Assert.Contains(errors, e => e!["elementId"]!.GetValue<string>() == "key");
        Assert.Equal(HttpStatusCode.BadRequest, deploy.StatusCode);
        Assert.Equal("application/problem+json", deploy.Content.Headers.ContentType!.MediaType);
        Assert.Contains((await deploy.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray(), e => e!["elementId"]!.GetValue<string>() == "key");
        Assert.DoesNotContain(await admin.GetFromJsonAsync<JsonArray>("/api/decisions") ?? [], v => v!["decisionRequirementsId"]!.GetValue<string>() == "terms");
    }

    [Theory]
    [InlineData("")]
    [InlineData("<definitions")]
    public async Task An_empty_or_malformed_body_is_a_400_not_a_500(string xml)
    {
        var response = await PostAsync("/api/decisions", xml);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_shipped_verification_table_is_deployed_at_start_and_decides_the_verification_s_due_time_and_priority()
    {
        var versions = await admin.GetFromJsonAsync<JsonArray>("/api/decisions");
        var shipped = Assert.Single(versions!, v => v!["decisionRequirementsId"]!.GetValue<string>() == "revocation-verification")!;
        Assert.Equal("workflows/revocation-verification.dmn", shipped["resourceName"]!.GetValue<string>());
        var engine = app.Services.GetRequiredService<WorkflowEngine>();

        var urgent = await engine.EvaluateDecisionAsync("verification-terms", new JsonObject { ["reason"] = "KEY_COMPROMISE" });
        var usual = await engine.EvaluateDecisionAsync("verification-terms", new JsonObject { ["reason"] = "SUPERSEDED" });

        Assert.Equal("""{"dueIn":"PT1H","priority":90}""", urgent.ToJson()!.ToJsonString());
        Assert.Equal("""{"dueIn":"PT4H","priority":50}""", usual.ToJson()!.ToJsonString());
    }

    public async ValueTask InitializeAsync() => admin = await app.SignInAsync("admin@ams.test");

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private Task<HttpResponseMessage> PostAsync(string path, string xml) =>
        admin.PostAsync(path, new StringContent(xml, Encoding.UTF8, "application/xml"));
}
