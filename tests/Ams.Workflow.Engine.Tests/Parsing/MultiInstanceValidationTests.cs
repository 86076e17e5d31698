using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Parsing;
using static Ams.Workflow.Engine.Tests.Execution.Elements;
using static Ams.Workflow.Engine.Tests.Execution.MultiInstance;

namespace Ams.Workflow.Engine.Tests.Parsing;

/// <summary>A multi-instance marker that could not run is refused at deploy time, naming its activity.</summary>
public sealed class MultiInstanceValidationTests
{
    [Fact]
    public void A_complete_marker_is_read_into_the_model()
    {
        var result = BpmnParser.Parse(Bpmn.Process(Chain(Loop(Service("work", "work"), "=items", outputCollection: "results",
            outputElement: "=result", completionCondition: "=numberOfCompletedInstances > 1", sequential: true))));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        var loop = ((Activity)result.Model!.Node("work")).Loop!;
        Assert.True(loop.IsSequential);
        Assert.Equal("item", loop.InputElement);
        Assert.Equal("results", loop.OutputCollection);
        Assert.NotNull(loop.CompletionCondition!.Feel);
    }

    [Theory]
    [InlineData("", null, null, null, "no input collection")]
    [InlineData("items", null, null, null, "is a literal, not a list")]
    [InlineData("=items[", null, null, null, "input collection '=items[' is not valid FEEL")]
    [InlineData("=items", "results", null, null, "no output element")]
    [InlineData("=items", null, "=result", null, "no output collection")]
    [InlineData("=items", "results", "=result +", null, "output element '=result +' is not valid FEEL")]
    [InlineData("=items", null, null, "=numberOfCompletedInstances >", "completion condition")]
    [InlineData("=items", "my results", "=result", null, "not a variable name")]
    public void A_marker_that_cannot_run_is_refused_naming_the_activity(string input, string? outputCollection, string? outputElement, string? condition, string expected)
    {
        var result = BpmnParser.Parse(Bpmn.Process(Chain(Loop(Service("work", "work"), input, outputCollection: outputCollection,
            outputElement: outputElement, completionCondition: condition))));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, p => p.ElementId == "work" && p.Severity == ProblemSeverity.Error && p.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_multi_instance_sub_process_is_read_with_its_inner_flow()
    {
        var sub = $"""<bpmn:subProcess id="sub">{Start("s0")}{Service("t", "t")}{End("e0")}{Flow("g1", "s0", "t")}{Flow("g2", "t", "e0")}</bpmn:subProcess>""";
        var result = BpmnParser.Parse(Bpmn.Process(Chain(Loop(sub, "=items"))));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.NotNull(((Activity)result.Model!.Node("sub")).Loop);
    }

    [Fact]
    public void Loop_markers_without_multi_instance_are_still_refused()
    {
        var result = BpmnParser.Parse(Bpmn.Process(Chain(
            """<bpmn:serviceTask id="again"><bpmn:extensionElements><zeebe:taskDefinition type="t" /></bpmn:extensionElements><bpmn:standardLoopCharacteristics /></bpmn:serviceTask>""")));

        Assert.Contains(result.Problems, p => p.ElementId == "again" && p.Message.Contains("Loop activities", StringComparison.Ordinal));
    }
}
