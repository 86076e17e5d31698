using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class ExclusiveGatewayTests
{
    private static string Model(bool withDefault) => Bpmn.Process(
        Start()
        + $"""<bpmn:exclusiveGateway id="gw" {(withDefault ? "default=\"toOther\"" : "")} />"""
        + Service("approve", "approve") + Service("reject", "reject")
        + End("e1") + End("e2")
        + Flow("f0", "start", "gw")
        + Flow("toApprove", "gw", "approve", "=decision = \"approved\"")
        + Flow("toReject", "gw", "reject", "=decision = \"rejected\"")
        + (withDefault ? Service("other", "other") + End("e3") + Flow("toOther", "gw", "other") + Flow("f3", "other", "e3") : "")
        + Flow("f1", "approve", "e1") + Flow("f2", "reject", "e2"));

    [Fact]
    public async Task Takes_the_flow_whose_condition_is_true()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Model(withDefault: true));

        var id = await engine.StartAsync("p", """{"decision": "rejected"}""");

        var job = await engine.ActivateAsync("reject");
        Assert.Equal("reject", job.ElementId);
        Assert.Contains((HistoryEventType.SequenceFlowTaken, "toReject"), await engine.HistoryAsync(id));
        Assert.DoesNotContain((HistoryEventType.SequenceFlowTaken, "toApprove"), await engine.HistoryAsync(id));
    }

    [Fact]
    public async Task Takes_the_default_flow_when_no_condition_is_true()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Model(withDefault: true));

        await engine.StartAsync("p", """{"decision": "undecided"}""");

        Assert.Equal("other", (await engine.ActivateAsync("other")).ElementId);
    }

    [Fact]
    public async Task Raises_an_incident_when_nothing_matches_and_takes_the_flow_once_retried_with_better_data()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Model(withDefault: false));
        var id = await engine.StartAsync("p", """{"decision": "undecided"}""");

        var incident = Assert.Single((await engine.InstanceAsync(id)).Incidents);
        Assert.Equal(IncidentType.ConditionError, incident.Type);
        Assert.Equal("gw", incident.ElementId);
        Assert.Empty(await engine.Engine.ActivateJobsAsync("approve", 1, "w", TimeSpan.FromMinutes(1)));

        Assert.True((await engine.Engine.SetVariablesAsync(id, EngineHarness.Json("""{"decision": "approved"}"""), "admin")).Succeeded);
        Assert.True((await engine.Engine.RetryIncidentAsync(id, incident.Key, null, "admin")).Succeeded);

        Assert.Empty((await engine.InstanceAsync(id)).Incidents);
        Assert.Equal("approve", (await engine.ActivateAsync("approve")).ElementId);
        Assert.Contains((HistoryEventType.IncidentResolved, "gw"), await engine.HistoryAsync(id));
    }
}
