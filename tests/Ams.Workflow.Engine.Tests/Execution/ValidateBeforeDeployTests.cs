using Ams.Workflow.Engine.Parsing;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

/// <summary>Validating a model answers what deploying it would, and deploys nothing.</summary>
public sealed class ValidateBeforeDeployTests
{
    [Fact]
    public async Task Validate_reports_the_deployments_problems_without_storing_a_version()
    {
        var engine = new EngineHarness();
        var xml = Bpmn.Process(Start() + """<bpmn:callActivity id="call" />""" + End() + Flow("f1", "start", "call") + Flow("f2", "call", "end"));

        var problems = engine.Engine.Validate(xml);

        Assert.Empty(await engine.Store.ListDefinitionsAsync(TestContext.Current.CancellationToken));
        var refused = await engine.Engine.DeployAsync(xml, "admin", TestContext.Current.CancellationToken);
        Assert.Equal(refused.Problems, problems);
        Assert.Contains(problems, p => p.ElementId == "call" && p.ElementType == "callActivity" && p.Severity == ProblemSeverity.Error);
    }

    [Fact]
    public async Task A_valid_model_has_no_errors_and_is_not_deployed_by_validating()
    {
        var engine = new EngineHarness();

        var problems = engine.Engine.Validate(Bpmn.Process(Chain(Service("a", "a"))));

        Assert.DoesNotContain(problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Empty(await engine.Store.ListDefinitionsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_start_timer_that_cannot_be_scheduled_is_a_problem_on_its_start_event()
    {
        var engine = new EngineHarness();
        var xml = Bpmn.Process(
            """<bpmn:startEvent id="start"><bpmn:timerEventDefinition><bpmn:timeDate xsi:type="bpmn:tFormalExpression">not a date</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:startEvent>"""
            + End() + Flow("f1", "start", "end"));

        var problems = engine.Engine.Validate(xml);

        Assert.Contains(problems, p => p.ElementId == "start" && p.Severity == ProblemSeverity.Error);
        var refused = await engine.Engine.DeployAsync(xml, "admin", TestContext.Current.CancellationToken);
        Assert.False(refused.Succeeded);
        Assert.Equal(refused.Problems, problems);
        Assert.Empty(await engine.Store.ListDefinitionsAsync(TestContext.Current.CancellationToken));
    }
}
