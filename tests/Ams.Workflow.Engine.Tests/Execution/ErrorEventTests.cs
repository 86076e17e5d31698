using Ams.Workflow.Engine.Runtime;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Execution;

public sealed class ErrorEventTests
{
    private static string ErrorBoundary(string id, string attachedTo, string? errorRef) =>
        $"""<bpmn:boundaryEvent id="{id}" attachedToRef="{attachedTo}"><bpmn:errorEventDefinition {(errorRef is null ? "" : $"errorRef=\"{errorRef}\"")} /></bpmn:boundaryEvent>""";

    private const string RejectedError = """<bpmn:error id="err" name="Rejected" errorCode="REJECTED" />""";

    [Fact]
    public async Task A_BPMN_error_from_a_worker_is_caught_by_the_matching_boundary_event()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(RejectedError,
            Chain(Service("enroll", "enroll")) + ErrorBoundary("rejected", "enroll", "err") + Service("notify", "notify") + Flow("fe", "rejected", "notify")));
        var id = await engine.StartAsync("p");

        var job = await engine.ActivateAsync("enroll");
        Assert.True((await engine.Engine.ThrowErrorAsync(job.Key, EngineHarness.Worker, "REJECTED", "CA said no")).Succeeded);

        Assert.Equal("notify", (await engine.ActivateAsync("notify")).ElementId);
        Assert.Contains((HistoryEventType.ElementTerminated, "enroll"), await engine.HistoryAsync(id));
    }

    [Fact]
    public async Task An_error_nothing_catches_becomes_an_incident()
    {
        var engine = new EngineHarness();
        await engine.DeployAsync(Bpmn.Definitions(RejectedError,
            Chain(Service("enroll", "enroll")) + ErrorBoundary("rejected", "enroll", "err") + End("e2") + Flow("fe", "rejected", "e2")));
        var id = await engine.StartAsync("p");

        var job = await engine.ActivateAsync("enroll");
        await engine.Engine.ThrowErrorAsync(job.Key, EngineHarness.Worker, "OTHER", null);

        var incident = Assert.Single((await engine.InstanceAsync(id)).Incidents);
        Assert.Equal(IncidentType.UnhandledError, incident.Type);
        Assert.Contains("OTHER", incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_inside_a_sub_process_reaches_the_boundary_event_of_the_sub_process()
    {
        var engine = new EngineHarness();
        var sub = """<bpmn:subProcess id="sub">""" + Start("s1") + Service("inner", "inner") + End("e1") + Flow("i1", "s1", "inner") + Flow("i2", "inner", "e1") + "</bpmn:subProcess>";
        await engine.DeployAsync(Bpmn.Definitions(RejectedError,
            Chain(sub) + ErrorBoundary("caught", "sub", null) + Service("sad", "sad") + Flow("fs", "caught", "sad")));
        var id = await engine.StartAsync("p");

        var job = await engine.ActivateAsync("inner");
        await engine.Engine.ThrowErrorAsync(job.Key, EngineHarness.Worker, "REJECTED", null);

        Assert.Equal("sad", (await engine.ActivateAsync("sad")).ElementId);
        var history = await engine.HistoryAsync(id);
        Assert.Contains((HistoryEventType.ElementTerminated, "inner"), history);
        Assert.Contains((HistoryEventType.ElementTerminated, "sub"), history);
    }

    [Fact]
    public async Task An_error_end_event_in_a_sub_process_is_caught_outside_it()
    {
        var engine = new EngineHarness();
        var sub = """<bpmn:subProcess id="sub">""" + Start("s1")
            + """<bpmn:endEvent id="fail"><bpmn:errorEventDefinition errorRef="err" /></bpmn:endEvent>""" + Flow("i1", "s1", "fail") + "</bpmn:subProcess>";
        await engine.DeployAsync(Bpmn.Definitions(RejectedError,
            Chain(sub) + ErrorBoundary("caught", "sub", "err") + Service("sad", "sad") + Flow("fs", "caught", "sad")));

        await engine.StartAsync("p");

        Assert.Equal("sad", (await engine.ActivateAsync("sad")).ElementId);
    }
}
