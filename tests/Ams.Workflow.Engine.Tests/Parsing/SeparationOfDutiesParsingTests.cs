using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Parsing;
using static Ams.Workflow.Engine.Tests.Execution.Elements;
using static Ams.Workflow.Engine.Tests.Execution.SeparatedModels;

namespace Ams.Workflow.Engine.Tests.Parsing;

/// <summary>The task headers that declare a separation of duties are read and checked at deploy time.</summary>
public sealed class SeparationOfDutiesParsingTests
{
    [Fact]
    public void Reads_the_named_tasks_and_the_requester_variable()
    {
        var result = BpmnParser.Parse(Bpmn.Process(Chain(
            User("verify"),
            User("approve", Headers(("separateFrom", " verify, approve "), ("separateFromRequester", "true"), ("requesterVariable", "holderId"))))));

        Assert.True(result.Succeeded);
        var approve = (UserTask)result.Model!.Node("approve");
        Assert.Equal(["verify", "approve"], approve.Separation.Tasks);
        Assert.Equal("holderId", approve.Separation.RequesterVariable);
        Assert.True(((UserTask)result.Model.Node("verify")).Separation.IsEmpty);
    }

    [Fact]
    public void The_requester_variable_defaults_to_requesterId()
    {
        var result = BpmnParser.Parse(Bpmn.Process(Chain(User("verify", Headers(("separateFromRequester", "true"))))));

        Assert.Equal("requesterId", ((UserTask)result.Model!.Node("verify")).Separation.RequesterVariable);
    }

    [Theory]
    [InlineData("separateFrom", "verify, nowhere", "'nowhere', which is not an element")]
    [InlineData("separateFrom", "mail", "'mail', a serviceTask")]
    [InlineData("separateFromRequester", "yes", "must be 'true' or 'false'")]
    public void A_declaration_that_cannot_hold_is_a_deploy_error_naming_the_task(string key, string value, string expected)
    {
        var result = BpmnParser.Parse(Bpmn.Process(Chain(User("verify"), Service("mail", "mail.send"), User("approve", Headers((key, value))))));

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("approve", problem.ElementId);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }
}
