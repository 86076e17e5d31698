using static Ams.Workflow.Engine.Tests.Feel.FeelTestEvaluation;

namespace Ams.Workflow.Engine.Tests.Feel;

public sealed class FeelTextAndListFunctionTests
{
    [Theory]
    [InlineData("string(1)", "1")]
    [InlineData("string(1.50)", "1.5")]
    [InlineData("string(-0.001)", "-0.001")]
    [InlineData("string(true)", "true")]
    [InlineData("string(\"x\")", "x")]
    [InlineData("string(date(\"2030-01-02\"))", "2030-01-02")]
    [InlineData("string(date and time(\"2030-01-02T03:04:05Z\"))", "2030-01-02T03:04:05Z")]
    [InlineData("string(date and time(\"2030-01-02T03:04:05.25+02:00\"))", "2030-01-02T03:04:05.25+02:00")]
    [InlineData("string(duration(\"PT90M\"))", "PT1H30M")]
    [InlineData("string(duration(\"P14M\"))", "P1Y2M")]
    [InlineData("string([1, \"a\"])", "[1,\"a\"]")]
    [InlineData("string({a: 1})", "{\"a\":1}")]
    public void String_renders_values_as_invariant_text(string source, string expected)
    {
        Assert.Equal(expected, Evaluate(source));
    }

    [Fact]
    public void String_of_null_is_null()
    {
        Assert.Null(Evaluate("string(null)"));
    }

    [Theory]
    [InlineData("number(\"42\")", 42)]
    [InlineData("number(\"-1.25\")", -1.25)]
    [InlineData("number(\"1e3\")", 1000)]
    [InlineData("number(7)", 7)]
    public void Number_parses_invariant_text(string source, double expected)
    {
        Assert.Equal((decimal)expected, Evaluate(source));
    }

    [Theory]
    [InlineData("number(\"abc\")")]
    [InlineData("number(\"1,5\")")]
    [InlineData("number(\" 1\")")]
    [InlineData("number(null)")]
    [InlineData("number(true)")]
    public void Number_of_invalid_text_is_null(string source)
    {
        Assert.Null(Evaluate(source));
    }

    [Theory]
    [InlineData("contains(\"foobar\", \"oba\")", true)]
    [InlineData("contains(\"foobar\", \"x\")", false)]
    [InlineData("contains(\"foobar\", \"\")", true)]
    [InlineData("starts with(\"foobar\", \"foo\")", true)]
    [InlineData("starts with(\"foobar\", \"bar\")", false)]
    [InlineData("starts with(\"foobar\", \"FOO\")", false)]
    public void Contains_and_starts_with_match_ordinally(string source, bool expected)
    {
        Assert.Equal(expected, Evaluate(source));
    }

    [Theory]
    [InlineData("contains(null, \"a\")")]
    [InlineData("contains(\"a\", 1)")]
    [InlineData("starts with(1, \"1\")")]
    public void Text_functions_with_non_text_arguments_are_null(string source)
    {
        Assert.Null(Evaluate(source));
    }

    [Theory]
    [InlineData("upper case(\"aBc\")", "ABC")]
    [InlineData("lower case(\"aBc\")", "abc")]
    public void Upper_and_lower_case_change_the_case(string source, string expected)
    {
        Assert.Equal(expected, Evaluate(source));
    }

    [Fact]
    public void Lower_case_of_a_variable_compares_case_insensitively()
    {
        Assert.Equal(true, Evaluate("lower case(s) = \"true\"", """{"s": "TRUE"}"""));
    }

    [Fact]
    public void Upper_case_of_a_non_string_is_null()
    {
        Assert.Null(Evaluate("upper case(1)"));
    }

    [Theory]
    [InlineData("count([])", 0)]
    [InlineData("count([1, null, \"a\"])", 3)]
    [InlineData("count(items)", 2)]
    public void Count_counts_list_items(string source, int expected)
    {
        Assert.Equal((decimal)expected, Evaluate(source, """{"items": [{"a": 1}, {"a": 2}]}"""));
    }

    [Theory]
    [InlineData("count(\"abc\")")]
    [InlineData("count(null)")]
    [InlineData("count(missing)")]
    public void Count_of_a_non_list_is_null(string source)
    {
        Assert.Null(Evaluate(source));
    }

    [Theory]
    [InlineData("is defined(data)", true)]
    [InlineData("is defined(empty)", true)]
    [InlineData("is defined(missing)", false)]
    [InlineData("is defined(data.code)", true)]
    [InlineData("is defined(data.nothing)", false)]
    [InlineData("is defined(data.code.deeper)", false)]
    [InlineData("is defined(missing.code)", false)]
    [InlineData("is defined(1)", true)]
    [InlineData("not(is defined(data))", false)]
    [InlineData("not(is defined(missing))", true)]
    public void Is_defined_tells_whether_a_path_exists_even_when_its_value_is_null(string source, bool expected)
    {
        Assert.Equal(expected, Evaluate(source, """{"data": {"code": null}, "empty": null}"""));
    }
}
