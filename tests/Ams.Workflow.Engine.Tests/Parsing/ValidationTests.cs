using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Parsing;
using static Ams.Workflow.Engine.Tests.Execution.Elements;

namespace Ams.Workflow.Engine.Tests.Parsing;

/// <summary>Deploy-time validation names the element and says what is wrong, for every problem at once.</summary>
public sealed class ValidationTests
{
    [Fact]
    public void Every_problem_of_a_model_is_reported_at_once()
    {
        var result = BpmnParser.Parse(Bpmn.Process(
            Start() + """<bpmn:callActivity id="call" />""" + """<bpmn:serviceTask id="untyped" />"""
            + """<bpmn:inclusiveGateway id="inclusive" />""" + End()
            + Flow("f1", "start", "call") + Flow("f2", "call", "untyped") + Flow("f3", "untyped", "end")
            + Flow("f4", "untyped", "nowhere")));

        Assert.Null(result.Model);
        Assert.Contains(Error(result, "call"), p => p.ElementType == "callActivity");
        Assert.Contains(Error(result, "inclusive"), p => p.ElementType == "inclusiveGateway");
        Assert.Contains(Error(result, "untyped"), p => p.Message.Contains("job type", StringComparison.Ordinal));
        Assert.Contains(Error(result, "f4"), p => p.Message.Contains("'nowhere'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_process_without_a_start_event_is_refused()
    {
        var result = BpmnParser.Parse(Bpmn.Process(End()));

        Assert.Contains(Error(result, "p"), p => p.Message.Contains("no start event", StringComparison.Ordinal));
    }

    [Fact]
    public void An_element_without_incoming_flow_deploys_with_a_warning_as_in_Camunda()
    {
        var result = BpmnParser.Parse(Bpmn.Process(Chain(Service("a", "a")) + Service("orphan", "x")));

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Problems, p => p.ElementId == "orphan");
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Contains("never reached", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_crossing_into_a_sub_process_is_refused()
    {
        var result = BpmnParser.Parse(Bpmn.Process(
            Start() + """<bpmn:subProcess id="sub">""" + Start("inner") + Service("t", "t") + Flow("fi", "inner", "t") + "</bpmn:subProcess>"
            + End() + Flow("f1", "start", "sub") + Flow("cross", "start", "t") + Flow("f2", "sub", "end")));

        Assert.Contains(Error(result, "cross"), p => p.Message.Contains("sub-process boundary", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gateway_whose_conditions_can_all_be_false_without_default_is_reported_on_the_gateway()
    {
        var result = BpmnParser.Parse(Gateway(withDefault: false));

        var warning = Assert.Single(result.Problems, p => p.ElementId == "gw");
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Contains("default flow", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gateway_with_a_default_flow_has_no_problem()
    {
        var result = BpmnParser.Parse(Gateway(withDefault: true));

        Assert.True(result.Succeeded);
        Assert.Empty(result.Problems);
        Assert.Equal("toB", ((ExclusiveGateway)result.Model!.Node("gw")).DefaultFlow!.Id);
    }

    [Fact]
    public void A_flow_out_of_a_splitting_gateway_without_condition_or_default_is_refused()
    {
        var result = BpmnParser.Parse(Bpmn.Process(
            Start() + """<bpmn:exclusiveGateway id="gw" />""" + End("a") + End("b")
            + Flow("f0", "start", "gw") + Flow("toA", "gw", "a", "=x > 1") + Flow("toB", "gw", "b")));

        Assert.Contains(Error(result, "toB"), p => p.Message.Contains("without a condition", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_feel_is_reported_with_the_element_and_position()
    {
        var result = BpmnParser.Parse(Bpmn.Process(Chain(Service("t", "t",
            """<zeebe:ioMapping><zeebe:input source="=a +* b" target="x" /></zeebe:ioMapping>"""))));

        var problem = Assert.Single(Error(result, "t"));
        Assert.Contains("input mapping of 'x'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("position", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Feel_outside_the_subset_is_refused_at_deploy_time()
    {
        var result = BpmnParser.Parse(Gateway(withDefault: true, condition: "=x instance of number"));

        Assert.Contains(Error(result, "toA"), p => p.Message.Contains("not valid FEEL", StringComparison.Ordinal));
    }

    [Fact]
    public void A_user_task_with_no_assignment_is_reported()
    {
        var result = BpmnParser.Parse(Bpmn.Process(Chain(User("review", extensions: ""))));

        var warning = Assert.Single(result.Problems, p => p.ElementId == "review");
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Contains("no assignee, candidate groups or candidate users", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_catch_without_correlation_key_is_refused()
    {
        var result = BpmnParser.Parse(Bpmn.Definitions(
            """<bpmn:message id="m" name="paid" />""",
            Chain("""<bpmn:intermediateCatchEvent id="wait"><bpmn:messageEventDefinition messageRef="m" /></bpmn:intermediateCatchEvent>""")));

        Assert.Contains(Error(result, "wait"), p => p.Message.Contains("correlation key", StringComparison.Ordinal));
    }

    [Fact]
    public void A_non_interrupting_error_boundary_is_refused()
    {
        var result = BpmnParser.Parse(Bpmn.Process(
            Chain(Service("t", "t")) + """<bpmn:boundaryEvent id="b" attachedToRef="t" cancelActivity="false"><bpmn:errorEventDefinition /></bpmn:boundaryEvent>"""
            + End("e2") + Flow("fb", "b", "e2")));

        Assert.Contains(Error(result, "b"), p => p.Message.Contains("always interrupts", StringComparison.Ordinal));
    }

    [Fact]
    public void Duplicate_ids_are_refused()
    {
        var result = BpmnParser.Parse(Bpmn.Process(Chain(Service("t", "a")) + Service("t", "b")));

        Assert.Contains(Error(result, "t"), p => p.Message.Contains("more than one element", StringComparison.Ordinal));
    }

    [Fact]
    public void A_signal_event_without_a_signal_and_a_multi_instance_activity_without_input_collection_are_refused_by_element()
    {
        var result = BpmnParser.Parse(Bpmn.Process(
            Start() + """<bpmn:serviceTask id="many"><bpmn:extensionElements><zeebe:taskDefinition type="t" /></bpmn:extensionElements><bpmn:multiInstanceLoopCharacteristics /></bpmn:serviceTask>"""
            + """<bpmn:endEvent id="signal"><bpmn:signalEventDefinition /></bpmn:endEvent>"""
            + Flow("f1", "start", "many") + Flow("f2", "many", "signal")));

        Assert.Contains(Error(result, "many"), p => p.Message.Contains("no input collection", StringComparison.Ordinal));
        Assert.Contains(Error(result, "signal"), p => p.Message.Contains("refers to no signal", StringComparison.Ordinal));
    }

    [Fact]
    public void Zeebe_extensions_are_read_into_the_model()
    {
        var result = BpmnParser.Parse(Bpmn.Process(Chain(
            Service("s", "=&quot;mail.&quot; + kind", """<zeebe:taskHeaders><zeebe:header key="template" value="approved" /></zeebe:taskHeaders>""", retries: "5"),
            User("u", """<zeebe:assignmentDefinition assignee="=holder" candidateGroups="verifier, admin" /><zeebe:formDefinition formId="verification" /><zeebe:taskSchedule dueDate="=now() + duration(&quot;PT4H&quot;)" /><zeebe:priorityDefinition priority="80" />"""))));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        var service = (ServiceTask)result.Model!.Node("s");
        Assert.True(service.Definition!.Type.IsExpression);
        Assert.Equal("5", service.Definition.Retries!.Literal);
        Assert.Equal("approved", service.Headers["template"]);
        var user = (UserTask)result.Model.Node("u");
        Assert.True(user.Assignment.Assignee!.IsExpression);
        Assert.Equal("verifier, admin", user.Assignment.CandidateGroups!.Literal);
        Assert.Equal("verification", user.FormKey);
        Assert.True(user.DueDate!.IsExpression);
        Assert.Equal("80", user.Priority!.Literal);
    }

    private static string Gateway(bool withDefault, string condition = "=x > 1") => Bpmn.Process(
        Start() + $"""<bpmn:exclusiveGateway id="gw" {(withDefault ? "default=\"toB\"" : "")} />""" + End("a") + End("b")
        + Flow("f0", "start", "gw") + Flow("toA", "gw", "a", condition) + Flow("toB", "gw", "b", withDefault ? null : "=x <= 1"));

    [Fact]
    public void Signals_without_a_name_or_that_are_not_defined_are_refused_naming_the_element()
    {
        var result = BpmnParser.Parse(Bpmn.Definitions(
            """<bpmn:signal id="nameless" /><bpmn:signal id="broken" name="=(" />""",
            Start() + """<bpmn:intermediateCatchEvent id="wait"><bpmn:signalEventDefinition signalRef="missing" /></bpmn:intermediateCatchEvent>"""
            + """<bpmn:intermediateThrowEvent id="tell"><bpmn:messageEventDefinition /></bpmn:intermediateThrowEvent>"""
            + End() + Flow("f1", "start", "wait") + Flow("f2", "wait", "tell") + Flow("f3", "tell", "end")));

        Assert.Contains(Error(result, "nameless"), p => p.Message.Contains("no name", StringComparison.Ordinal));
        Assert.Contains(Error(result, "broken"), p => p.Message.Contains("not valid FEEL", StringComparison.Ordinal));
        Assert.Contains(Error(result, "wait"), p => p.Message.Contains("signal 'missing', which is not defined", StringComparison.Ordinal));
        Assert.Contains(Error(result, "tell"), p => p.Message.Contains("message intermediate throw event is not supported", StringComparison.Ordinal));
    }

    [Fact]
    public void Signal_events_of_every_kind_and_a_none_throw_event_are_read_into_the_model()
    {
        var result = BpmnParser.Parse(Bpmn.Definitions(
            """<bpmn:signal id="s" name="alert" />""",
            """<bpmn:startEvent id="start"><bpmn:signalEventDefinition signalRef="s" /></bpmn:startEvent>"""
            + """<bpmn:intermediateThrowEvent id="milestone" />"""
            + """<bpmn:intermediateThrowEvent id="tell"><bpmn:signalEventDefinition signalRef="s" /></bpmn:intermediateThrowEvent>"""
            + """<bpmn:endEvent id="end"><bpmn:signalEventDefinition signalRef="s" /></bpmn:endEvent>"""
            + Flow("f1", "start", "milestone") + Flow("f2", "milestone", "tell") + Flow("f3", "tell", "end")));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        var model = result.Model!;
        Assert.Equal("alert", Assert.IsType<SignalTrigger>(Assert.Single(model.SignalStartEvents).Trigger).Name.Literal);
        Assert.Null(Assert.IsType<IntermediateThrowEvent>(model.Node("milestone")).Trigger);
        Assert.IsType<SignalTrigger>(Assert.IsType<IntermediateThrowEvent>(model.Node("tell")).Trigger);
        Assert.IsType<SignalTrigger>(Assert.IsType<EndEvent>(model.Node("end")).Trigger);
    }

    private static IEnumerable<ModelProblem> Error(BpmnParseResult result, string elementId) =>
        result.Problems.Where(p => p.ElementId == elementId && p.Severity == ProblemSeverity.Error);
}
