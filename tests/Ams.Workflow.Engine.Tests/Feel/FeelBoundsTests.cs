using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Feel;
using static Ams.Workflow.Engine.Tests.Feel.FeelTestEvaluation;

namespace Ams.Workflow.Engine.Tests.Feel;

public sealed class FeelBoundsTests
{
    [Fact]
    public void Source_of_ten_thousand_characters_parses()
    {
        var source = "\"" + new string('x', 9_998) + "\"";

        var result = Evaluate(source);

        Assert.Equal(9_998, Assert.IsType<string>(result).Length);
    }

    [Fact]
    public void Source_longer_than_ten_thousand_characters_is_refused()
    {
        var error = ParseError("\"" + new string('x', 9_999) + "\"");

        Assert.Equal(10_000, error.Position);
        Assert.Contains("at most 10000", error.Message);
    }

    [Fact]
    public void Hundred_thousand_opening_parentheses_are_refused_without_overflowing_the_stack()
    {
        var error = ParseError(new string('(', 100_000) + "1" + new string(')', 100_000));

        Assert.Contains("at most 10000", error.Message);
    }

    [Fact]
    public void Deep_parentheses_within_the_length_limit_are_refused_at_the_nesting_limit()
    {
        var error = ParseError(new string('(', 4_000) + "1" + new string(')', 4_000));

        Assert.Equal(64, error.Position);
        Assert.Contains("nested more than 64 levels", error.Message);
    }

    [Fact]
    public void Sixty_four_nested_parentheses_parse()
    {
        var result = Evaluate(new string('(', 64) + "1" + new string(')', 64));

        Assert.Equal(1m, result);
    }

    [Fact]
    public void Sixty_five_nested_parentheses_are_refused()
    {
        var error = ParseError(new string('(', 65) + "1" + new string(')', 65));

        Assert.Equal(64, error.Position);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    [InlineData("not(", ")")]
    [InlineData("-", "")]
    [InlineData("if true then ", " else 0")]
    public void Every_kind_of_nesting_counts_towards_the_limit(string open, string close)
    {
        var source = string.Concat(Enumerable.Repeat(open, 100)) + "1" + string.Concat(Enumerable.Repeat(close, 100));

        var error = ParseError(source);

        Assert.Contains("nested more than 64 levels", error.Message);
    }

    [Fact]
    public void Long_chain_of_operators_is_refused_before_evaluation_could_recurse_deeply()
    {
        var source = "1" + string.Concat(Enumerable.Repeat(" + 1", 2_000));

        var error = ParseError(source);

        Assert.Contains("more than 256 operations are chained", error.Message);
    }

    [Fact]
    public void Chain_of_two_hundred_additions_evaluates()
    {
        var source = "0" + string.Concat(Enumerable.Repeat(" + 1", 200));

        Assert.Equal(200m, Evaluate(source));
    }

    [Fact]
    public void Concatenation_beyond_a_million_characters_throws()
    {
        var variables = new JsonObjectFeelVariables(new JsonObject { ["big"] = new string('x', 600_000) });
        var expression = Parse("big + big");

        var exception = Assert.Throws<FeelEvaluationException>(() => expression.Evaluate(variables, Context));

        Assert.Contains("1000000", exception.Message);
    }

    [Fact]
    public void Concatenation_of_exactly_a_million_characters_is_allowed()
    {
        var variables = new JsonObjectFeelVariables(new JsonObject { ["big"] = new string('x', 500_000) });

        var result = Parse("big + big").Evaluate(variables, Context);

        Assert.Equal(1_000_000, Assert.IsType<string>(result).Length);
    }

    [Fact]
    public void List_variable_longer_than_a_hundred_thousand_items_throws_when_read()
    {
        var array = new JsonArray();
        for (var i = 0; i < 100_001; i++)
        {
            array.Add(i);
        }

        var variables = new JsonObjectFeelVariables(new JsonObject { ["items"] = array });
        var expression = Parse("count(items)");

        Assert.Throws<FeelEvaluationException>(() => expression.Evaluate(variables, Context));
    }

    [Fact]
    public void String_of_a_huge_list_throws()
    {
        var array = new JsonArray();
        for (var i = 0; i < 2_000; i++)
        {
            array.Add(new string('y', 1_000));
        }

        var variables = new JsonObjectFeelVariables(new JsonObject { ["items"] = array });

        Assert.Throws<FeelEvaluationException>(() => Parse("string(items)").Evaluate(variables, Context));
    }

    [Fact]
    public void Parsed_expression_evaluates_many_times_with_different_variables()
    {
        var expression = Parse("amount > 100");

        var results = Enumerable.Range(95, 10)
            .Select(amount => expression.Evaluate(Variables($$"""{"amount": {{amount}}}"""), Context))
            .ToList();

        Assert.Equal(6, results.Count(result => result is false));
        Assert.Equal(4, results.Count(result => result is true));
        Assert.All(results.Where(result => result is false), result => Assert.Same(results[0], result));
    }

    [Fact]
    public void Evaluating_a_simple_comparison_allocates_little()
    {
        var expression = Parse("amount >= 100 and status = \"OPEN\"");
        var variables = Variables("""{"amount": 150, "status": "OPEN"}""");
        expression.Evaluate(variables, Context);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            expression.Evaluate(variables, Context);
        }

        var perEvaluation = (GC.GetAllocatedBytesForCurrentThread() - before) / 1_000;
        Assert.True(perEvaluation <= 128, $"One evaluation allocated {perEvaluation} bytes.");
    }
}
