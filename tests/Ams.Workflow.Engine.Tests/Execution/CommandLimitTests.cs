using System.Text;
using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

/// <summary>
/// One command creates a bounded number of jobs and incidents: a fork wider than the bound goes on in steps of it, each
/// retry of the one incident that holds the rest taking the next ones, and nothing is lost.
/// </summary>
public sealed class CommandLimitTests
{
    [Fact]
    public async Task A_fork_into_thirty_service_tasks_creates_ten_jobs_per_command_and_each_retry_creates_ten_more()
    {
        var engine = new EngineHarness(options: new WorkflowEngineOptions { MaxJobsPerCommand = 10 });
        await engine.DeployAsync(Fork(30, i => Service($"s{i}", "work")));
        var id = await engine.StartAsync("p");

        for (var round = 1; round <= 3; round++)
        {
            var instance = await engine.InstanceAsync(id);
            Assert.Equal(10 * round, instance.Jobs.Count);
            if (round < 3)
            {
                var incident = Assert.Single(instance.Incidents);
                Assert.Equal(IncidentType.JobLimitExceeded, incident.Type);
                Assert.True((await engine.Engine.RetryIncidentAsync(id, incident.Key, null, "operator")).Succeeded);
            }
        }

        var done = await engine.InstanceAsync(id);
        Assert.Empty(done.Incidents);
        Assert.Equal(30, done.Jobs.Select(j => j.ElementId).Distinct().Count());
    }

    [Fact]
    public async Task Thirty_failing_branches_raise_five_incidents_and_the_last_holds_the_rest_until_retried()
    {
        var engine = new EngineHarness(options: new WorkflowEngineOptions { MaxIncidentsPerCommand = 5 });
        // Until "fixed" is set, each branch's input builds a value nested too deep to keep: an incident per branch.
        var tooDeep = new string('[', 40) + "1" + new string(']', 40);
        await engine.DeployAsync(Fork(30, i => Service($"s{i}", "work",
            $"""<zeebe:ioMapping><zeebe:input source="=if fixed = true then 1 else {tooDeep}" target="x" /></zeebe:ioMapping>""")));
        var id = await engine.StartAsync("p");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(5, instance.Incidents.Count);
        Assert.Equal(25, instance.Incidents.Sum(i => i.HeldElementKeys?.Count ?? 0));
        Assert.Empty(instance.Jobs);

        await engine.Engine.SetVariablesAsync(id, EngineHarness.Json("""{"fixed": true}"""), "operator");
        foreach (var incident in instance.Incidents)
        {
            Assert.True((await engine.Engine.RetryIncidentAsync(id, incident.Key, null, "operator")).Succeeded);
        }

        var retried = await engine.InstanceAsync(id);
        Assert.Empty(retried.Incidents);
        Assert.Equal(30, retried.Jobs.Count);
    }

    /// <summary>start → parallel fork → <paramref name="width"/> branches, each to its own end.</summary>
    private static string Fork(int width, Func<int, string> branch)
    {
        var xml = new StringBuilder(Start() + """<bpmn:parallelGateway id="fork" />""" + Flow("f_start", "start", "fork"));
        for (var i = 0; i < width; i++)
        {
            xml.Append(branch(i)).Append(End($"end{i}")).Append(Flow($"f_in{i}", "fork", $"s{i}")).Append(Flow($"f_out{i}", $"s{i}", $"end{i}"));
        }

        return Bpmn.Process(xml.ToString());
    }
}
