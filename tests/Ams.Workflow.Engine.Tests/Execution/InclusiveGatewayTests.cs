using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class InclusiveGatewayTests
{
    private static string ForkAndJoin(bool withDefault) => Bpmn.Process(
        Start()
        + $"""<bpmn:inclusiveGateway id="fork" {(withDefault ? "default=\"toOther\"" : "")} /><bpmn:inclusiveGateway id="join" />"""
        + Service("a", "a") + Service("b", "b") + Service("c", "c") + Service("after", "after") + End()
        + Flow("f0", "start", "fork")
        + Flow("toA", "fork", "a", "=pasta") + Flow("toB", "fork", "b", "=steak") + Flow("toC", "fork", "c", "=salad")
        + (withDefault ? Service("other", "other") + Flow("toOther", "fork", "other") + Flow("fromOther", "other", "join") : "")
        + Flow("fromA", "a", "join") + Flow("fromB", "b", "join") + Flow("fromC", "c", "join")
        + Flow("f1", "join", "after") + Flow("f2", "after", "end"));

    [Fact]
    public async Task Fork_takes_every_flow_whose_condition_is_true_and_not_the_default()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(ForkAndJoin(withDefault: true));

        var id = await engine.StartAsync("p", """{"pasta": true, "steak": false, "salad": true}""");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(["a", "c"], instance.Jobs.Select(j => j.ElementId).Order());
        var history = await engine.HistoryAsync(id);
        Assert.DoesNotContain((HistoryEventType.SequenceFlowTaken, "toB"), history);
        Assert.DoesNotContain((HistoryEventType.SequenceFlowTaken, "toOther"), history);
    }

    [Fact]
    public async Task Fork_takes_the_default_flow_only_when_no_condition_is_true()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(ForkAndJoin(withDefault: true));

        var id = await engine.StartAsync("p", """{"pasta": false, "steak": false, "salad": false}""");

        Assert.Equal("other", Assert.Single((await engine.InstanceAsync(id)).Jobs).ElementId);
        await engine.CompleteJobAsync("other");
        await engine.CompleteJobAsync("after");
        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(id)).State);
    }

    [Fact]
    public async Task Fork_with_nothing_true_and_no_default_raises_an_incident_that_a_retry_resolves()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(ForkAndJoin(withDefault: false));
        var id = await engine.StartAsync("p", """{"pasta": false, "steak": false, "salad": false}""");

        var incident = Assert.Single((await engine.InstanceAsync(id)).Incidents);
        Assert.Equal(IncidentType.ConditionError, incident.Type);
        Assert.Equal("fork", incident.ElementId);

        await engine.Engine.SetVariablesAsync(id, EngineHarness.Json("""{"steak": true}"""), "admin");
        Assert.True((await engine.Engine.RetryIncidentAsync(id, incident.Key, null, "admin")).Succeeded);

        Assert.Equal("b", Assert.Single((await engine.InstanceAsync(id)).Jobs).ElementId);
    }

    [Fact]
    public async Task Join_waits_for_every_branch_the_fork_took_and_activates_once()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(ForkAndJoin(withDefault: false));
        var id = await engine.StartAsync("p", """{"pasta": true, "steak": true, "salad": false}""");

        await engine.CompleteJobAsync("b");
        var waiting = await engine.InstanceAsync(id);
        Assert.Equal("fromB", Assert.Single(waiting.JoinArrivals).FlowId);
        Assert.DoesNotContain(waiting.Jobs, j => j.ElementId == "after");

        await engine.CompleteJobAsync("a");
        await engine.CompleteJobAsync("after");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(ProcessInstanceState.Completed, instance.State);
        Assert.Empty(instance.JoinArrivals);
        Assert.Single(await engine.CompletedElementsAsync(id), e => e == "join");
    }

    [Fact]
    public async Task Join_does_not_wait_for_branches_that_were_not_taken()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(ForkAndJoin(withDefault: false));
        var id = await engine.StartAsync("p", """{"pasta": false, "steak": true, "salad": false}""");

        await engine.CompleteJobAsync("b");

        Assert.Equal("after", Assert.Single((await engine.InstanceAsync(id)).Jobs).ElementId);
    }

    [Fact]
    public async Task Join_counts_a_branch_still_on_its_way_in_the_same_step()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(
            Start() + """<bpmn:inclusiveGateway id="fork" /><bpmn:inclusiveGateway id="join" />"""
            + Service("slow", "slow") + Service("after", "after") + End()
            + Flow("f0", "start", "fork")
            + Flow("direct", "fork", "join", "=true") + Flow("toSlow", "fork", "slow", "=true")
            + Flow("fromSlow", "slow", "join") + Flow("f1", "join", "after") + Flow("f2", "after", "end")));

        var id = await engine.StartAsync("p");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal("slow", Assert.Single(instance.Jobs).ElementId);
        Assert.Equal("direct", Assert.Single(instance.JoinArrivals).FlowId);

        await engine.CompleteJobAsync("slow");
        Assert.Equal("after", Assert.Single((await engine.InstanceAsync(id)).Jobs).ElementId);
    }

    [Fact]
    public async Task Join_waits_for_a_token_upstream_that_may_still_come_its_way()
    {
        // The token at 'review' may still take 'toJoin' (the exclusive gateway decides later), so the join waits for it.
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(
            Start() + """<bpmn:inclusiveGateway id="fork" /><bpmn:inclusiveGateway id="join" /><bpmn:exclusiveGateway id="decide" default="toJoin" />"""
            + Service("quick", "quick") + Service("review", "review") + Service("after", "after") + End() + End("rejected")
            + Flow("f0", "start", "fork")
            + Flow("toQuick", "fork", "quick", "=true") + Flow("toReview", "fork", "review", "=true")
            + Flow("fromQuick", "quick", "join") + Flow("fromReview", "review", "decide")
            + Flow("toJoin", "decide", "join") + Flow("reject", "decide", "rejected", "=rejected")
            + Flow("f1", "join", "after") + Flow("f2", "after", "end")));
        var id = await engine.StartAsync("p", """{"rejected": false}""");

        await engine.CompleteJobAsync("quick");
        Assert.DoesNotContain((await engine.InstanceAsync(id)).Jobs, j => j.ElementId == "after");

        await engine.CompleteJobAsync("review");
        Assert.Single((await engine.InstanceAsync(id)).Jobs, j => j.ElementId == "after");
    }

    [Fact]
    public async Task A_flow_leaving_the_fork_without_condition_and_not_default_is_refused()
    {
        var engine = new EngineHarness();

        var result = await engine.Engine.DeployAsync(Bpmn.Process(
            Start() + """<bpmn:inclusiveGateway id="fork" />""" + Service("a", "a") + Service("b", "b") + End("e1") + End("e2")
            + Flow("f0", "start", "fork") + Flow("toA", "fork", "a", "=x") + Flow("toB", "fork", "b")
            + Flow("f1", "a", "e1") + Flow("f2", "b", "e2")), "tester");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.ElementId == "toB" && p.Message.Contains("inclusive gateway", StringComparison.Ordinal));
    }
}
