using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class ParallelGatewayTests
{
    private static readonly string Model = Bpmn.Process(
        Start() + """<bpmn:parallelGateway id="fork" /><bpmn:parallelGateway id="join" />"""
        + Service("a", "a") + Service("b", "b") + Service("after", "after") + End()
        + Flow("f0", "start", "fork") + Flow("fa", "fork", "a") + Flow("fb", "fork", "b")
        + Flow("ja", "a", "join") + Flow("jb", "b", "join") + Flow("f1", "join", "after") + Flow("f2", "after", "end"));

    [Fact]
    public async Task Fork_creates_a_job_on_every_branch()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Model);

        var id = await engine.StartAsync("p");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(["a", "b"], instance.Jobs.Select(j => j.ElementId).Order());
    }

    [Fact]
    public async Task Join_waits_for_every_incoming_token()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Model);
        var id = await engine.StartAsync("p");

        await engine.CompleteJobAsync("b");
        Assert.Empty(await engine.Engine.ActivateJobsAsync("after", 1, "w", TimeSpan.FromMinutes(1)));
        Assert.Single((await engine.InstanceAsync(id)).JoinArrivals);

        await engine.CompleteJobAsync("a");
        await engine.CompleteJobAsync("after");

        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(id)).State);
        Assert.Single(await engine.CompletedElementsAsync(id), e => e == "join");
    }
}
