using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Tests.Dmn;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class BusinessRuleTaskTests
{
    private static readonly string Discounts = Dmn.Dmn.Definitions("discounts", Dmn.Dmn.Table("discount", "UNIQUE", ["customer", "orderSize"], ["discount"],
    [
        ["\"Business\"", "< 10", "0.1"],
        ["\"Business\"", ">= 9", "0.15"],
        ["\"Private\"", "", "0.05"],
    ]));

    private static string Rule(string id, string decisionId, string resultVariable, string extensions = "") =>
        $"""<bpmn:businessRuleTask id="{id}"><bpmn:extensionElements><zeebe:calledDecision decisionId="{System.Security.SecurityElement.Escape(decisionId)}" resultVariable="{resultVariable}" />{extensions}</bpmn:extensionElements></bpmn:businessRuleTask>""";

    [Fact]
    public async Task Evaluates_the_latest_decision_into_the_result_variable_and_moves_on()
    {
        var engine = new EngineHarness();
        Assert.True((await engine.Engine.DeployDecisionsAsync(Discounts, "discount.dmn")).Succeeded);
        await engine.DeployAsync(Bpmn.Process(Chain(Rule("decide", "discount", "discount"), Service("after", "after"))));

        var id = await engine.StartAsync("p", """{"customer": "Business", "orderSize": 15}""");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(0.15m, instance.Variables["discount"]!.GetValue<decimal>());
        Assert.Equal(["start", "decide"], await engine.CompletedElementsAsync(id));
        var evaluated = Assert.Single(await engine.Store.GetHistoryAsync(id, default), h => h.Type == HistoryEventType.DecisionEvaluated);
        Assert.Equal("discount (discounts v1) = 0.15", evaluated.Details);
    }

    [Fact]
    public async Task The_decision_id_may_be_an_expression_and_output_mappings_see_the_result_as_local()
    {
        var engine = new EngineHarness();
        await engine.Engine.DeployDecisionsAsync(Discounts, "discount.dmn");
        await engine.DeployAsync(Bpmn.Process(Chain(
            Rule("decide", "=which", "result", """<zeebe:ioMapping><zeebe:output source="=result * 100" target="percent" /></zeebe:ioMapping>"""),
            Service("after", "after"))));

        var id = await engine.StartAsync("p", """{"which": "discount", "customer": "Private", "orderSize": 1}""");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(5m, instance.Variables["percent"]!.GetValue<decimal>());
        Assert.False(instance.Variables.ContainsKey("result"));
    }

    [Fact]
    public async Task A_missing_decision_is_an_incident_that_a_retry_after_deploying_it_resolves()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Rule("decide", "discount", "discount"), Service("after", "after"))));
        var id = await engine.StartAsync("p", """{"customer": "Private", "orderSize": 3}""");

        var incident = Assert.Single((await engine.InstanceAsync(id)).Incidents);
        Assert.Equal(("decide", IncidentType.DecisionEvaluationError), (incident.ElementId, incident.Type));
        Assert.Contains("'discount'", incident.Message);

        await engine.Engine.DeployDecisionsAsync(Discounts, "discount.dmn");
        Assert.True((await engine.Engine.RetryIncidentAsync(id, incident.Key, null, "admin")).Succeeded);

        var instance = await engine.InstanceAsync(id);
        Assert.Empty(instance.Incidents);
        Assert.Equal(0.05m, instance.Variables["discount"]!.GetValue<decimal>());
        Assert.Single(instance.Jobs, j => j.ElementId == "after");
    }

    [Fact]
    public async Task Two_matches_of_a_unique_table_are_an_incident_that_a_fixed_decision_resolves()
    {
        var engine = new EngineHarness();
        await engine.Engine.DeployDecisionsAsync(Discounts, "discount.dmn");
        await engine.DeployAsync(Bpmn.Process(Chain(Rule("decide", "discount", "discount"), Service("after", "after"))));
        var id = await engine.StartAsync("p", """{"customer": "Business", "orderSize": 9}""");

        var incident = Assert.Single((await engine.InstanceAsync(id)).Incidents);
        Assert.Equal(IncidentType.DecisionEvaluationError, incident.Type);
        Assert.Contains("The decision 'discount' failed to evaluate", incident.Message);
        Assert.Contains("UNIQUE", incident.Message);

        var fixedXml = Discounts.Replace("&gt;= 9", "&gt;= 10", StringComparison.Ordinal);
        var redeployed = await engine.Engine.DeployDecisionsAsync(fixedXml, "discount.dmn");
        Assert.Equal(2, redeployed.Version);
        Assert.True((await engine.Engine.RetryIncidentAsync(id, incident.Key, null, "admin")).Succeeded);

        Assert.Equal(0.1m, (await engine.InstanceAsync(id)).Variables["discount"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_business_rule_task_with_a_job_type_creates_a_job_like_a_service_task()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(
            """<bpmn:businessRuleTask id="rules"><bpmn:extensionElements><zeebe:taskDefinition type="rules.external" /></bpmn:extensionElements></bpmn:businessRuleTask>""")));
        var id = await engine.StartAsync("p");

        var job = await engine.CompleteJobAsync("rules.external", """{"approved": true}""");

        Assert.Equal("rules", job.ElementId);
        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(id)).State);
    }

    [Theory]
    [InlineData("""<bpmn:businessRuleTask id="s" />""", "calls no decision")]
    [InlineData("""<bpmn:businessRuleTask id="s"><bpmn:extensionElements><zeebe:calledDecision decisionId="d" /></bpmn:extensionElements></bpmn:businessRuleTask>""", "no result variable")]
    [InlineData("""<bpmn:businessRuleTask id="s"><bpmn:extensionElements><zeebe:calledDecision decisionId="=1 +" resultVariable="x" /></bpmn:extensionElements></bpmn:businessRuleTask>""", "not valid FEEL")]
    [InlineData("""<bpmn:businessRuleTask id="s"><bpmn:extensionElements><zeebe:calledDecision decisionId="d" resultVariable="x" bindingType="deployment" /></bpmn:extensionElements></bpmn:businessRuleTask>""", "binding type 'deployment'")]
    [InlineData("""<bpmn:businessRuleTask id="s"><bpmn:extensionElements><zeebe:calledDecision decisionId="d" resultVariable="x" /><zeebe:taskDefinition type="t" /></bpmn:extensionElements></bpmn:businessRuleTask>""", "both a called decision and a job type")]
    [InlineData("""<bpmn:serviceTask id="s"><bpmn:extensionElements><zeebe:calledDecision decisionId="d" resultVariable="x" /><zeebe:taskDefinition type="t" /></bpmn:extensionElements></bpmn:serviceTask>""", "belongs on a business rule task")]
    public async Task An_incomplete_business_rule_task_is_refused_at_deploy_time_with_its_id(string task, string reason)
    {
        var result = await new EngineHarness().Engine.DeployAsync(Bpmn.Process(Chain(task)), "tester");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.ElementId == "s" && p.Message.Contains(reason, StringComparison.Ordinal));
    }
}
