using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class JobRetryTests
{
    [Fact]
    public async Task A_failed_job_returns_after_its_back_off_then_becomes_an_incident_at_zero_retries()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Service("task", "flaky", retries: "2"))));
        var id = await engine.StartAsync("p");

        var first = await engine.ActivateAsync("flaky");
        Assert.Equal(2, first.Retries);
        Assert.True((await engine.Engine.FailJobAsync(first.Key, EngineHarness.Worker, 1, "timeout")).Succeeded);
        Assert.Empty(await engine.Engine.ActivateJobsAsync("flaky", 1, "w", TimeSpan.FromMinutes(1)));

        engine.Clock.Advance(TimeSpan.FromSeconds(2));
        var second = await engine.ActivateAsync("flaky");
        Assert.Equal(1, second.Retries);
        Assert.True((await engine.Engine.FailJobAsync(second.Key, EngineHarness.Worker, 0, "still down")).Succeeded);

        var incident = Assert.Single((await engine.InstanceAsync(id)).Incidents);
        Assert.Equal(IncidentType.JobNoRetries, incident.Type);
        Assert.Equal("task", incident.ElementId);
        Assert.Equal("still down", incident.Message);
        engine.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Empty(await engine.Engine.ActivateJobsAsync("flaky", 1, "w", TimeSpan.FromMinutes(1)));

        Assert.True((await engine.Engine.RetryIncidentAsync(id, incident.Key, 3, "admin")).Succeeded);
        var third = await engine.ActivateAsync("flaky");
        Assert.Equal(3, third.Retries);
        Assert.True((await engine.Engine.CompleteJobAsync(third.Key, EngineHarness.Worker, null)).Succeeded);
        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(id)).State);
    }

    [Fact]
    public async Task Back_off_doubles_with_each_failure()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Service("task", "flaky", retries: "5"))));
        await engine.StartAsync("p");

        var delays = new List<TimeSpan>();
        for (var retries = 4; retries >= 2; retries--)
        {
            var job = await engine.ActivateAsync("flaky");
            await engine.Engine.FailJobAsync(job.Key, EngineHarness.Worker, retries, "down");
            var failed = await engine.Store.FindJobAsync(job.Key, default);
            delays.Add(failed!.RetryAt!.Value - engine.Clock.GetUtcNow());
            engine.Clock.Advance(delays[^1]);
        }

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], delays);
    }

    [Fact]
    public async Task A_lease_that_expired_returns_the_job_to_the_pool_and_the_old_worker_can_no_longer_complete_it()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Service("task", "slow"))));
        var id = await engine.StartAsync("p");

        var leased = (await engine.Engine.ActivateJobsAsync("slow", 1, "node-a", TimeSpan.FromSeconds(30)))[0];
        Assert.Empty(await engine.Engine.ActivateJobsAsync("slow", 1, "node-b", TimeSpan.FromSeconds(30)));
        engine.Clock.Advance(TimeSpan.FromSeconds(31));
        var taken = Assert.Single(await engine.Engine.ActivateJobsAsync("slow", 1, "node-b", TimeSpan.FromSeconds(30)));

        Assert.Equal(leased.Key, taken.Key);
        Assert.Equal(CommandStatus.NotFound, (await engine.Engine.CompleteJobAsync(leased.Key, "node-a", null)).Status);
        Assert.True((await engine.Engine.CompleteJobAsync(taken.Key, "node-b", null)).Succeeded);
        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(id)).State);
    }

    [Fact]
    public async Task Job_carries_its_headers_and_a_type_computed_by_FEEL()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(
            """<bpmn:serviceTask id="task"><bpmn:extensionElements><zeebe:taskDefinition type="=&quot;mail.&quot; + channel" /><zeebe:taskHeaders><zeebe:header key="template" value="request-received" /></zeebe:taskHeaders></bpmn:extensionElements></bpmn:serviceTask>""")));

        await engine.StartAsync("p", """{"channel": "send"}""");

        var job = await engine.ActivateAsync("mail.send");
        Assert.Equal("request-received", job.Headers["template"]);
    }
}
