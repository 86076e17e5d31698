using Ams.Workflow.Engine.Storage;
using static Ams.Workflow.Engine.Tests.Dmn.Dmn;

namespace Ams.Workflow.Engine.Tests.Dmn;

public sealed class DecisionDeploymentTests
{
    private static readonly string Greeting = Definitions("greetings", Literal("greeting", "\"Hello \" + name"));

    [Fact]
    public async Task Deploying_versions_decisions_like_processes()
    {
        var engine = new WorkflowEngine(new InMemoryWorkflowStore());

        var first = await engine.DeployDecisionsAsync(Greeting, "greeting.dmn");
        var again = await engine.DeployDecisionsAsync(Greeting, "greeting.dmn");
        var changed = await engine.DeployDecisionsAsync(Greeting.Replace("Hello ", "Hi ", StringComparison.Ordinal), "greeting.dmn");

        Assert.Equal(("greetings", 1, true), (first.DecisionRequirementsId, first.Version, first.Created));
        Assert.Equal((1, false, first.Key), (again.Version, again.Created, again.Key));
        Assert.Equal((2, true), (changed.Version, changed.Created));
        Assert.Equal(["greeting"], changed.DecisionIds);
        Assert.Equal([2, 1], (await engine.ListDecisionVersionsAsync()).Select(v => v.Version));
        Assert.Contains("Hello ", (await engine.GetDecisionVersionAsync("greetings", 1))!.Xml);
        Assert.Equal("\"Hi Ana\"", Json(await engine.EvaluateDecisionAsync("greeting", EngineHarnessJson("""{"name":"Ana"}"""))));
    }

    [Fact]
    public async Task Dmn_with_problems_is_refused_and_nothing_is_stored()
    {
        var store = new InMemoryWorkflowStore();
        var engine = new WorkflowEngine(store);
        var xml = Definitions("bad", Table("bad", "UNIQUE", ["a"], ["b"], [["< ", "1"]]));

        var result = await engine.DeployDecisionsAsync(xml, "bad.dmn");

        Assert.False(result.Succeeded);
        Assert.Equal("rule_1", Assert.Single(result.Problems).ElementId);
        Assert.Equal(result.Problems, engine.ValidateDecisions(xml));
        Assert.Empty(await store.ListDecisionResourcesAsync(default));
    }

    [Fact]
    public async Task A_decision_is_found_in_the_latest_resource_that_holds_it()
    {
        var engine = new WorkflowEngine(new InMemoryWorkflowStore());
        await engine.DeployDecisionsAsync(Greeting, "greeting.dmn");
        await engine.DeployDecisionsAsync(Definitions("other", Literal("greeting", "\"Moved\"")), "other.dmn");

        Assert.Equal("\"Moved\"", Json(await engine.EvaluateDecisionAsync("greeting", null)));
        Assert.True((await engine.EvaluateDecisionAsync("absent", null)).Failed);
    }

    private static System.Text.Json.Nodes.JsonObject EngineHarnessJson(string json) => (System.Text.Json.Nodes.JsonObject)System.Text.Json.Nodes.JsonNode.Parse(json)!;
}
