using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Parsing;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Parsing;

/// <summary>An event sub-process deploys with one message, timer, signal or error start event; anything else is refused naming it.</summary>
public sealed class EventSubProcessValidationTests
{
    private const string RootElements =
        """<bpmn:message id="m" name="cancel"><bpmn:extensionElements><zeebe:subscription correlationKey="=requestId" /></bpmn:extensionElements></bpmn:message>"""
        + """<bpmn:message id="keyless" name="keyless" />"""
        + """<bpmn:error id="err" errorCode="E1" />"""
        + """<bpmn:signal id="sig" name="halt" />""";

    private static BpmnParseResult Parse(string eventSubProcessContent) =>
        BpmnParser.Parse(Bpmn.Definitions(RootElements,
            Chain(Service("a", "a")) + $"""<bpmn:subProcess id="esp" triggeredByEvent="true">{eventSubProcessContent}</bpmn:subProcess>"""));

    private static string Body(string start) => start + Service("t", "t") + End("e") + Flow("x1", "s", "t") + Flow("x2", "t", "e");

    [Theory]
    [InlineData("""<bpmn:startEvent id="s"><bpmn:messageEventDefinition messageRef="m" /></bpmn:startEvent>""")]
    [InlineData("""<bpmn:startEvent id="s" isInterrupting="false"><bpmn:messageEventDefinition messageRef="m" /></bpmn:startEvent>""")]
    [InlineData("""<bpmn:startEvent id="s"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent>""")]
    [InlineData("""<bpmn:startEvent id="s" isInterrupting="false"><bpmn:timerEventDefinition><bpmn:timeCycle>R/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>""")]
    [InlineData("""<bpmn:startEvent id="s"><bpmn:errorEventDefinition errorRef="err" /></bpmn:startEvent>""")]
    [InlineData("""<bpmn:startEvent id="s"><bpmn:errorEventDefinition /></bpmn:startEvent>""")]
    [InlineData("""<bpmn:startEvent id="s"><bpmn:signalEventDefinition signalRef="sig" /></bpmn:startEvent>""")]
    [InlineData("""<bpmn:startEvent id="s" isInterrupting="false"><bpmn:signalEventDefinition signalRef="sig" /></bpmn:startEvent>""")]
    public void An_event_sub_process_with_one_message_timer_signal_or_error_start_event_deploys(string start)
    {
        var result = Parse(Body(start));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
        var eventSubProcess = Assert.IsType<SubProcess>(result.Model!.Node("esp"));
        Assert.True(eventSubProcess.TriggeredByEvent);
        Assert.Same(eventSubProcess, Assert.Single(result.Model.EventSubProcesses));
    }

    [Theory]
    [InlineData("", "esp", "no start event")]
    [InlineData("""<bpmn:startEvent id="s"><bpmn:messageEventDefinition messageRef="m" /></bpmn:startEvent><bpmn:startEvent id="s2"><bpmn:messageEventDefinition messageRef="m" /></bpmn:startEvent>""", "esp", "2 start events")]
    [InlineData("""<bpmn:startEvent id="s" />""", "s", "message, timer, signal or error")]
    [InlineData("""<bpmn:startEvent id="s"><bpmn:messageEventDefinition messageRef="keyless" /></bpmn:startEvent>""", "s", "correlation key")]
    [InlineData("""<bpmn:startEvent id="s" isInterrupting="false"><bpmn:errorEventDefinition errorRef="err" /></bpmn:startEvent>""", "s", "always interrupts")]
    [InlineData("""<bpmn:startEvent id="s"><bpmn:signalEventDefinition /></bpmn:startEvent>""", "s", "signal")]
    public void An_event_sub_process_without_exactly_one_supported_start_event_is_refused_naming_it(string start, string elementId, string message)
    {
        var result = Parse(start.Length == 0 ? Service("t", "t") : Body(start));

        Assert.Null(result.Model);
        Assert.Contains(result.Problems, p => p.ElementId == elementId && p.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_event_sub_process_reached_by_a_sequence_flow_is_refused()
    {
        var result = BpmnParser.Parse(Bpmn.Definitions(RootElements,
            Start() + End() + Flow("f1", "start", "esp") + Flow("f2", "esp", "end")
            + """<bpmn:subProcess id="esp" triggeredByEvent="true">""" + Body("""<bpmn:startEvent id="s"><bpmn:messageEventDefinition messageRef="m" /></bpmn:startEvent>""") + "</bpmn:subProcess>"));

        Assert.Contains(result.Problems, p => p.ElementId == "esp" && p.Message.Contains("sequence flows", StringComparison.Ordinal));
    }

    [Fact]
    public void An_error_start_event_outside_an_event_sub_process_is_refused()
    {
        var result = BpmnParser.Parse(Bpmn.Definitions(RootElements,
            Chain(Service("a", "a")) + """<bpmn:startEvent id="s2"><bpmn:errorEventDefinition errorRef="err" /></bpmn:startEvent>""" + End("e2") + Flow("f9", "s2", "e2")));

        Assert.Contains(result.Problems, p => p.ElementId == "s2" && p.Message.Contains("event sub-process", StringComparison.Ordinal));
    }
}
