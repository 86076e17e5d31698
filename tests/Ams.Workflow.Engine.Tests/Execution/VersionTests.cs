using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class VersionTests
{
    [Fact]
    public async Task Deploying_identical_XML_returns_the_existing_version()
    {
        var engine = new EngineHarness();
        var xml = Bpmn.Process(Chain(Service("a", "a")));

        var first = await engine.DeployAsync(xml);
        var again = await engine.DeployAsync(xml);

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(1, again.Version);
        Assert.Equal(first.DefinitionKey, again.DefinitionKey);
    }

    [Fact]
    public async Task A_changed_model_becomes_the_next_version_and_running_instances_finish_on_their_own()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Service("a", "a"))));
        var old = await engine.StartAsync("p");

        var second = await engine.DeployAsync(Bpmn.Process(Chain(Service("a", "a"), Service("b", "b"))));
        var current = await engine.StartAsync("p");

        Assert.Equal(2, second.Version);
        Assert.Equal(1, (await engine.InstanceAsync(old)).Version);
        Assert.Equal(2, (await engine.InstanceAsync(current)).Version);
        var jobs = await engine.Engine.ActivateJobsAsync("a", 2, EngineHarness.Worker, TimeSpan.FromMinutes(1));
        foreach (var job in jobs)
        {
            await engine.Engine.CompleteJobAsync(job.Key, EngineHarness.Worker, null);
        }

        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(old)).State);
        Assert.Equal(ProcessInstanceState.Active, (await engine.InstanceAsync(current)).State);
        Assert.Equal(current, (await engine.ActivateAsync("b")).ProcessInstanceId);
    }

    [Fact]
    public async Task A_model_with_problems_is_refused_and_nothing_is_deployed()
    {
        var engine = new EngineHarness();

        var result = await engine.Engine.DeployAsync(Bpmn.Process(Chain("""<bpmn:serviceTask id="broken" />""")), "tester");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.ElementId == "broken");
        Assert.Empty(await engine.Store.ListDefinitionsAsync(default));
    }
}
