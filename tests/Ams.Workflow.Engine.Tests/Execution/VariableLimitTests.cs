using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

/// <summary>
/// What variables an instance takes is bounded: how deep a value nests (so every store can write it), how much one
/// command hands in, and how much one instance holds. Commands over a bound are refused and change nothing; a mapping of
/// the model over a bound is an incident at its element.
/// </summary>
public sealed class VariableLimitTests
{
    [Fact]
    public async Task A_mapping_that_builds_a_list_nested_64_deep_is_an_incident_and_the_task_before_it_completes()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(
            User("review"),
            Service("deep", "work", Input(Nested(64), "deep")))));
        var id = await engine.StartAsync("p");

        await engine.CompleteTaskAsync(id);

        var instance = await engine.InstanceAsync(id);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("deep", incident.ElementId);
        Assert.Equal(IncidentType.ExtractValueError, incident.Type);
        Assert.Contains("nested more than 32 levels", incident.Message, StringComparison.Ordinal);
        Assert.Null(instance.Elements.Single(e => e.ElementId == "deep").Variables);
        Assert.Contains("review", await engine.CompletedElementsAsync(id));
    }

    [Fact]
    public async Task A_value_nested_32_deep_is_kept()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(Service("deep", "work", Output(Nested(32), "deep")))));
        var id = await engine.StartAsync("p");

        await engine.CompleteJobAsync("work");

        var instance = await engine.InstanceAsync(id);
        Assert.Empty(instance.Incidents);
        Assert.Equal(Nested(32)[1..], instance.Variables["deep"]!.ToJsonString());
    }

    [Fact]
    public async Task A_start_with_fifty_one_megabyte_strings_is_refused_and_no_instance_exists()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(User("review"))));
        var variables = new JsonObject();
        for (var i = 0; i < 50; i++)
        {
            variables[$"v{i}"] = new string('x', 1_000_000);
        }

        var started = await engine.Engine.StartInstanceAsync("p", variables);

        Assert.Equal(CommandStatus.Invalid, started.Status);
        Assert.Contains("more than the 1048576 allowed", started.Message, StringComparison.Ordinal);
        Assert.Empty(await engine.Store.QueryInstancesAsync(new Storage.InstanceQuery(), default));
    }

    [Fact]
    public async Task Completing_a_task_with_variables_nested_too_deep_is_refused_and_the_task_stays_open()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Process(Chain(User("review"))));
        var id = await engine.StartAsync("p");
        var task = await engine.OpenTaskAsync(id);

        var completed = await engine.Engine.CompleteUserTaskAsync(task.Key, "alice", EngineHarness.Json($$"""{"answer": {{Nested(40)[1..]}}}"""));

        Assert.Equal(CommandStatus.Invalid, completed.Status);
        Assert.Contains("'answer' nests more than 32 levels", completed.Message, StringComparison.Ordinal);
        Assert.Equal(task.Key, (await engine.OpenTaskAsync(id)).Key);
    }

    [Fact]
    public async Task A_job_result_that_would_outgrow_the_instance_is_refused_and_the_job_is_still_held()
    {
        var engine = new EngineHarness(options: new WorkflowEngineOptions { MaxInstanceVariablesBytes = 10_000 });
        await engine.DeployAsync(Bpmn.Process(Chain(Service("work", "work"))));
        var id = await engine.StartAsync("p", $$"""{"a": "{{new string('a', 6_000)}}"}""");
        var job = await engine.ActivateAsync("work");

        var completed = await engine.Engine.CompleteJobAsync(job.Key, EngineHarness.Worker, EngineHarness.Json($$"""{"b": "{{new string('b', 6_000)}}"}"""));

        Assert.Equal(CommandStatus.Invalid, completed.Status);
        Assert.Contains("would take", completed.Message, StringComparison.Ordinal);
        var instance = await engine.InstanceAsync(id);
        Assert.False(instance.Variables.ContainsKey("b"));
        Assert.Equal(JobState.Activated, (await engine.Store.FindJobAsync(job.Key, default))!.State);
    }

    [Fact]
    public async Task An_output_mapping_that_would_outgrow_the_instance_is_an_incident_at_its_element()
    {
        var engine = new EngineHarness(options: new WorkflowEngineOptions { MaxInstanceVariablesBytes = 10_000 });
        await engine.DeployAsync(Bpmn.Process(Chain(Service("copy", "work", Output("=[s, s]", "copies")))));
        var id = await engine.StartAsync("p", $$"""{"s": "{{new string('s', 4_000)}}"}""");

        await engine.CompleteJobAsync("work");

        var instance = await engine.InstanceAsync(id);
        var incident = Assert.Single(instance.Incidents);
        Assert.Equal("copy", incident.ElementId);
        Assert.Contains("more than the 10000 allowed", incident.Message, StringComparison.Ordinal);
        Assert.False(instance.Variables.ContainsKey("copies"));
    }

    private static string Input(string source, string target) =>
        $"""<zeebe:ioMapping><zeebe:input source="{source}" target="{target}" /></zeebe:ioMapping>""";

    private static string Output(string source, string target) =>
        $"""<zeebe:ioMapping><zeebe:output source="{source}" target="{target}" /></zeebe:ioMapping>""";

    /// <summary>A FEEL list literal nested <paramref name="depth"/> levels deep, as an expression.</summary>
    private static string Nested(int depth) => "=" + new string('[', depth) + "1" + new string(']', depth);
}
