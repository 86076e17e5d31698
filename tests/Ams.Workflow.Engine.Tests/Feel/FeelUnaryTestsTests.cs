using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Feel;

namespace Ams.Workflow.Engine.Tests.Feel;

/// <summary>Unary tests with the values of feel-scala's InterpreterUnaryTest.</summary>
public sealed class FeelUnaryTestsTests
{
    [Theory]
    [InlineData("< 3", "2", true)]
    [InlineData("< 3", "3", false)]
    [InlineData("<= 3", "3", true)]
    [InlineData("> 3", "3", false)]
    [InlineData(">= 3", "3", true)]
    [InlineData("3", "3", true)]
    [InlineData("3", "2", false)]
    [InlineData("-1", "-1", true)]
    [InlineData("-1", "0", false)]
    [InlineData("(2..4)", "2", false)]
    [InlineData("(2..4)", "3", true)]
    [InlineData("]2..4[", "4", false)]
    [InlineData("[2..4]", "2", true)]
    [InlineData("[2..4]", "4", true)]
    [InlineData("[1..5], [6..10]", "6", true)]
    [InlineData("[1..5], [6..10]", "11", false)]
    [InlineData("2,3", "3", true)]
    [InlineData("2,3", "4", false)]
    [InlineData("not(3)", "2", true)]
    [InlineData("not(3)", "3", false)]
    [InlineData("not(2,3)", "2", false)]
    [InlineData("not(2,3)", "4", true)]
    [InlineData("not([1..5])", "7", true)]
    [InlineData("\"b\"", "\"b\"", true)]
    [InlineData("\"b\"", "\"a\"", false)]
    [InlineData("\"a\",\"b\"", "\"c\"", false)]
    [InlineData("\"a\",\"b\"", "\"b\"", true)]
    [InlineData("true", "false", false)]
    [InlineData("false", "false", true)]
    [InlineData("true", "null", false)]
    [InlineData("1 < 2", "true", true)]
    [InlineData("2 < 1", "true", false)]
    [InlineData("true and null", "true", false)]
    [InlineData("true or \"otherwise\"", "true", true)]
    [InlineData("[1,2]", "[1,2]", true)]
    [InlineData("[2,1]", "[1,2]", false)]
    [InlineData("[4,5,6]", "5", true)]
    [InlineData("[1,2,3]", "5", false)]
    [InlineData("{x:1}", "{\"x\":1}", true)]
    [InlineData("2 + 3", "5", true)]
    [InlineData("every x in ? satisfies x > 3", "[4,5,6]", true)]
    [InlineData("some x in ? satisfies x > 4", "[1,2,3]", false)]
    [InlineData("starts with(?, \"f\")", "\"foo\"", true)]
    [InlineData("starts with(?, \"b\")", "\"foo\"", false)]
    [InlineData("list contains([481, 485, 551, 483], ?)", "481", true)]
    [InlineData("? > 10 and ? < 20", "15", true)]
    [InlineData("< max(1,2,3)", "2", true)]
    [InlineData("null", "1", false)]
    [InlineData("null", "null", true)]
    [InlineData("-", "\"anything\"", true)]
    [InlineData("", "null", true)]
    [InlineData("3", "null", false)]
    public void Unary_tests_hold_as_in_camunda(string tests, string input, bool expected)
    {
        Assert.Equal(expected, Test(tests, input));
    }

    [Theory]
    [InlineData("< 3", "null")]
    [InlineData("(0..10)", "null")]
    [InlineData("@\"2024-08-19\"", "5")]
    [InlineData("? + 1", "5")]
    [InlineData("not(< 3)", "null")]
    public void Unary_tests_that_cannot_tell_give_null(string tests, string input)
    {
        Assert.Null(Test(tests, input));
    }

    [Fact]
    public void Unary_tests_read_variables()
    {
        var variables = new JsonObjectFeelVariables(new JsonObject { ["limit"] = 3, ["a"] = new JsonObject { ["b"] = 4 } });
        var context = new FeelEvaluationContext(DateTimeOffset.UnixEpoch);

        Assert.True(Parse("< limit").Test(2m, variables, context));
        Assert.False(Parse("limit").Test(2m, variables, context));
        Assert.True(Parse("< a.b").Test(3m, variables, context));
        Assert.Equal(["a", "limit"], Parse("< limit, a.b").RootVariables.Order());
    }

    [Theory]
    [InlineData("< ", 2)]
    [InlineData("not(3", 5)]
    [InlineData("1, ", 3)]
    [InlineData("3 4", 2)]
    public void Invalid_unary_tests_are_an_error_with_its_position(string tests, int position)
    {
        var parsed = FeelUnaryTests.Parse(tests, out var error);

        Assert.Null(parsed);
        Assert.Equal(position, error!.Position);
    }

    [Fact]
    public void The_input_value_is_refused_outside_unary_tests()
    {
        var parsed = FeelExpression.Parse("? > 3");

        Assert.False(parsed.Succeeded);
        Assert.Contains("only allowed in unary tests", parsed.Error!.Message);
    }

    private static bool? Test(string tests, string input) =>
        Parse(tests).Test(FeelValues.FromJson(JsonNode.Parse(input)), new JsonObjectFeelVariables([]), new FeelEvaluationContext(DateTimeOffset.UnixEpoch));

    private static FeelUnaryTests Parse(string tests) =>
        FeelUnaryTests.Parse(tests, out var error) ?? throw new InvalidOperationException(error!.Message);
}
