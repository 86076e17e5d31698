using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class ScriptTaskTests
{
    private static string Script(string id, string expression, string resultVariable, string extensions = "") =>
        $"""<bpmn:scriptTask id="{id}"><bpmn:extensionElements><zeebe:script expression="{System.Security.SecurityElement.Escape(expression)}" resultVariable="{resultVariable}" />{extensions}</bpmn:extensionElements></bpmn:scriptTask>""";

    [Fact]
    public async Task Evaluates_the_expression_into_the_result_variable_and_moves_on()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Script("sum", "=sum(for item in items return item.price)", "total"), Service("after", "after"))));

        var id = await engine.StartAsync("p", """{"items": [{"price": 10}, {"price": 5.5}]}""");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal(15.5m, instance.Variables["total"]!.GetValue<decimal>());
        Assert.Equal(["start", "sum"], await engine.CompletedElementsAsync(id));
        Assert.Contains((HistoryEventType.VariablesUpdated, "sum"), await engine.HistoryAsync(id));
    }

    [Fact]
    public async Task Output_mappings_see_the_result_as_a_local_variable()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(
            Script("greet", "=\"Hello \" + name", "greeting", """<zeebe:ioMapping><zeebe:output source="=upper case(greeting)" target="shout" /></zeebe:ioMapping>"""),
            Service("after", "after"))));

        var id = await engine.StartAsync("p", """{"name": "Ana"}""");

        var instance = await engine.InstanceAsync(id);
        Assert.Equal("HELLO ANA", instance.Variables["shout"]!.GetValue<string>());
        Assert.False(instance.Variables.ContainsKey("greeting"));
    }

    [Fact]
    public async Task A_failing_expression_is_an_incident_that_a_retry_with_better_data_resolves()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Script("due", "=for i in 1..count return i", "numbers"), Service("after", "after"))));
        var id = await engine.StartAsync("p", """{"count": 100000000}""");

        var incident = Assert.Single((await engine.InstanceAsync(id)).Incidents);
        Assert.Equal("due", incident.ElementId);
        Assert.Equal(IncidentType.ExtractValueError, incident.Type);

        await engine.Engine.SetVariablesAsync(id, EngineHarness.Json("""{"count": 3}"""), "admin");
        Assert.True((await engine.Engine.RetryIncidentAsync(id, incident.Key, null, "admin")).Succeeded);

        var instance = await engine.InstanceAsync(id);
        Assert.Equal("[1,2,3]", instance.Variables["numbers"]!.ToJsonString());
        Assert.Single(instance.Jobs, j => j.ElementId == "after");
    }

    [Fact]
    public async Task A_script_task_with_a_job_type_creates_a_job_like_a_service_task()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(
            """<bpmn:scriptTask id="render"><bpmn:extensionElements><zeebe:taskDefinition type="script.render" retries="2" /></bpmn:extensionElements></bpmn:scriptTask>""")));
        var id = await engine.StartAsync("p");

        var job = await engine.CompleteJobAsync("script.render", """{"rendered": true}""");

        Assert.Equal("render", job.ElementId);
        Assert.Equal(2, job.Retries);
        Assert.Equal(ProcessInstanceState.Completed, (await engine.InstanceAsync(id)).State);
    }

    [Theory]
    [InlineData("""<bpmn:scriptTask id="s" />""", "no expression")]
    [InlineData("""<bpmn:scriptTask id="s"><bpmn:extensionElements><zeebe:script expression="=1" /></bpmn:extensionElements></bpmn:scriptTask>""", "no result variable")]
    [InlineData("""<bpmn:scriptTask id="s"><bpmn:extensionElements><zeebe:script expression="=1 +" resultVariable="x" /></bpmn:extensionElements></bpmn:scriptTask>""", "not valid FEEL")]
    [InlineData("""<bpmn:scriptTask id="s"><bpmn:extensionElements><zeebe:script expression="=1" resultVariable="x" /><zeebe:taskDefinition type="t" /></bpmn:extensionElements></bpmn:scriptTask>""", "both a script and a job type")]
    public async Task An_incomplete_script_task_is_refused_at_deploy_time_with_its_id(string task, string reason)
    {
        var engine = new EngineHarness();

        var result = await engine.Engine.DeployAsync(Bpmn.Process(Chain(task)), "tester");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.ElementId == "s" && p.Message.Contains(reason, StringComparison.Ordinal));
    }
}
