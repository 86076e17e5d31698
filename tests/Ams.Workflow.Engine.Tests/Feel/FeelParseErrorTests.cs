using static Ams.Workflow.Engine.Tests.Feel.FeelTestEvaluation;

namespace Ams.Workflow.Engine.Tests.Feel;

public sealed class FeelParseErrorTests
{
    [Fact]
    public void Unknown_function_is_refused_at_its_position_with_the_supported_list()
    {
        var error = ParseError("bpmnError(list, 1)");

        Assert.Equal(0, error.Position);
        Assert.StartsWith("Unknown function 'bpmnError' at position 0: only abs(), all(), any(), append(),", error.Message);
        Assert.Contains("years and months duration() (see docs/feel.md) are supported.", error.Message);
    }

    [Theory]
    [InlineData("median(a)", "median", 0)]
    [InlineData("x = stddev(a)", "stddev", 4)]
    [InlineData("bpmnError(\"E1\", \"boom\")", "bpmnError", 0)]
    [InlineData("{a: to json(s)}", "to json", 4)]
    [InlineData("date and time(date(\"2030-01-01\"), time(\"10:00:00\"))", "time", 34)]
    [InlineData("x + week of year(a)", "week of year", 4)]
    public void Function_outside_the_subset_is_refused(string source, string name, int position)
    {
        var error = ParseError(source);

        Assert.Equal(position, error.Position);
        Assert.StartsWith($"Unknown function '{name}' at position {position}", error.Message);
    }

    [Fact]
    public void Unclosed_filter_is_refused_at_its_end()
    {
        var error = ParseError("items[price > 10");

        Assert.Equal(16, error.Position);
        Assert.Contains("']' after the filter", error.Message);
    }

    [Theory]
    [InlineData("for x in xs x * 2", 12, "Unexpected name 'x'")]
    [InlineData("every x in xs x > 1", 14, "Unexpected name 'x'")]
    [InlineData("[1..5", 5, "closing the range")]
    [InlineData("function(1) 2", 9, "a parameter name")]
    public void Incomplete_loops_ranges_and_functions_are_refused(string source, int position, string expected)
    {
        var error = ParseError(source);

        Assert.Equal(position, error.Position);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Incomplete_expression_is_refused_at_its_end()
    {
        var error = ParseError("1 +");

        Assert.Equal(3, error.Position);
        Assert.Equal("Unexpected end of the expression at position 3: a value was expected.", error.Message);
    }

    [Fact]
    public void Unterminated_string_is_refused_at_its_opening_quote()
    {
        var error = ParseError("\"unterminated");

        Assert.Equal(0, error.Position);
        Assert.StartsWith("Unterminated string starting at position 0", error.Message);
    }

    [Fact]
    public void Double_equals_is_refused_with_a_hint()
    {
        var error = ParseError("a ==  b");

        Assert.Equal(2, error.Position);
        Assert.Contains("use '='", error.Message);
    }

    [Theory]
    [InlineData("x in 1..5", 6, "'..'")]
    [InlineData("a && b", 2, "'&&'")]
    [InlineData("a || b", 2, "'||'")]
    [InlineData("!a", 0, "'!'")]
    [InlineData("a // note", 2, "Comments")]
    [InlineData("'text'", 0, "Single-quoted")]
    [InlineData("a # b", 2, "Unexpected character '#'")]
    [InlineData("x instance of string", 2, "'instance of'")]
    [InlineData("f(a: 1)", 0, "Unknown function 'f'")]
    [InlineData("string(to: 1)", 0, "has no parameter 'to'")]
    [InlineData("1 = 1 = true", 6, "Comparisons cannot be chained")]
    [InlineData("1 < 2 between 0 and 3", 6, "Comparisons cannot be chained")]
    [InlineData("{a: 1, a: 2}", 7, "appears twice")]
    [InlineData("{a: 1, b: a + 1}", 10, "refers to the earlier entry 'a'")]
    [InlineData("@\"not a date\"", 0, "not a valid date")]
    [InlineData("12abc", 2, "after the number")]
    [InlineData("a.1", 2, "a member name")]
    [InlineData("(a)(1)", 3, "cannot be called")]
    [InlineData("a b", 2, "Unexpected name 'b'")]
    [InlineData("not x", 4, "Unexpected name 'x'")]
    [InlineData("é", 0, "Unexpected character")]
    public void Syntax_outside_the_subset_is_refused_with_a_position(string source, int position, string expected)
    {
        var error = ParseError(source);

        Assert.Equal(position, error.Position);
        Assert.Contains(expected, error.Message);
        Assert.Contains($"position {position}", error.Message);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("(1 + 2", 6)]
    [InlineData("[1, 2", 5)]
    [InlineData("[1, 2,]", 6)]
    [InlineData("{a 1}", 3)]
    [InlineData("{a: 1", 5)]
    [InlineData("if a then b", 11)]
    [InlineData("if a b else c", 5)]
    [InlineData("x between 1 or 2", 12)]
    [InlineData("count([1], [2])", 0)]
    [InlineData("now(1)", 0)]
    [InlineData("date(1, 2)", 0)]
    [InlineData("contains(\"a\")", 0)]
    [InlineData("is defined()", 0)]
    [InlineData("1 2", 2)]
    [InlineData(")", 0)]
    [InlineData("=a", 0)]
    [InlineData("a.", 2)]
    [InlineData("99999999999999999999999999999999", 0)]
    public void Malformed_expression_is_refused_at_the_first_problem(string source, int position)
    {
        var error = ParseError(source);

        Assert.Equal(position, error.Position);
        Assert.Contains($"position {position}", error.Message);
    }

    [Fact]
    public void Wrong_argument_count_names_the_function_and_the_accepted_counts()
    {
        var error = ParseError("date(1, 2)");

        Assert.Equal("The function 'date' at position 0 takes 1 or 3 arguments, but 2 were given.", error.Message);
    }

    [Fact]
    public void First_error_in_source_order_wins_over_a_later_lexical_error()
    {
        var error = ParseError("bpmnError(prompt, replace(document, \"\\$\", \"USD\"))");

        Assert.Equal(0, error.Position);
        Assert.StartsWith("Unknown function 'bpmnError'", error.Message);
    }
}
