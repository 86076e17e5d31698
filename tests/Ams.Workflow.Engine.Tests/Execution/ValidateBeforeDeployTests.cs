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
}
