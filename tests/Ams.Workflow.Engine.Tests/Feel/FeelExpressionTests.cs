using Ams.Workflow.Engine.Feel;
using static Ams.Workflow.Engine.Tests.Feel.FeelTestEvaluation;

namespace Ams.Workflow.Engine.Tests.Feel;

public sealed class FeelExpressionTests
{
    [Fact]
    public void Successful_parse_has_an_expression_and_no_error()
    {
        var result = FeelExpression.Parse("a + 1");

        Assert.True(result.Succeeded);
        Assert.NotNull(result.Expression);
        Assert.Null(result.Error);
        Assert.Equal("a + 1", result.Expression.Source);
    }

    [Fact]
    public void Failed_parse_has_an_error_and_no_expression()
    {
        var result = FeelExpression.Parse("a +");

        Assert.False(result.Succeeded);
        Assert.Null(result.Expression);
        Assert.Equal(new FeelError("Unexpected end of the expression at position 3: a value was expected.", 3), result.Error);
    }

    [Theory]
    [InlineData("a.b + c", new[] { "a", "c" })]
    [InlineData("\"x\" + 1", new string[0])]
    [InlineData("is defined(data) and data.x = y.z", new[] { "data", "y" })]
    [InlineData("{a: b, c: {d: e}}", new[] { "b", "e" })]
    [InlineData("date(date) + duration(d)", new[] { "date", "d" })]
    [InlineData("if x then y else z", new[] { "x", "y", "z" })]
    [InlineData("n in [m, 1]", new[] { "n", "m" })]
    public void Root_variables_are_the_variables_read_without_functions_or_keys(string source, string[] expected)
    {
        var expression = Parse(source);

        Assert.Equal(expected.Order(StringComparer.Ordinal), expression.RootVariables.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Root_variables_are_case_sensitive()
    {
        var expression = Parse("a + A");

        Assert.Equal(2, expression.RootVariables.Count);
        Assert.Contains("A", expression.RootVariables);
        Assert.DoesNotContain("b", expression.RootVariables);
    }

    [Fact]
    public void Whitespace_and_newlines_between_tokens_are_ignored()
    {
        Assert.Equal(3m, Evaluate("\n\t 1\r\n +\t2 \n"));
    }

    [Fact]
    public void Names_may_start_like_keywords()
    {
        var result = Evaluate("android + iffy + nullable + order", """{"android": 1, "iffy": 2, "nullable": 3, "order": 4}""");

        Assert.Equal(10m, result);
    }

    [Fact]
    public void Name_date_alone_is_a_variable_not_a_function()
    {
        Assert.Equal("2024-09-23", Evaluate("date", """{"date": "2024-09-23"}"""));
    }

    [Fact]
    public void Date_and_time_as_variables_with_and_is_a_conjunction()
    {
        Assert.Equal(false, Evaluate("date and time", """{"date": true, "time": false}"""));
    }

    [Fact]
    public void Evaluate_requires_variables_and_context()
    {
        var expression = Parse("1");

        Assert.Throws<ArgumentNullException>(() => expression.Evaluate(null!, Context));
        Assert.Throws<ArgumentNullException>(() => expression.Evaluate(Variables("{}"), null!));
    }

    [Fact]
    public void To_string_is_the_source()
    {
        Assert.Equal("x = 1", Parse("x = 1").ToString());
    }
}
