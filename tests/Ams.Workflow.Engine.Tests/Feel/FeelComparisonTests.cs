using static Ams.Workflow.Engine.Tests.Feel.FeelTestEvaluation;

namespace Ams.Workflow.Engine.Tests.Feel;

public sealed class FeelComparisonTests
{
    [Theory]
    [InlineData("1 = 1", true)]
    [InlineData("1 = 1.0", true)]
    [InlineData("1 = 2", false)]
    [InlineData("1 != 2", true)]
    [InlineData("2 != 2", false)]
    [InlineData("1 < 2", true)]
    [InlineData("2 < 2", false)]
    [InlineData("2 <= 2", true)]
    [InlineData("3 > 2", true)]
    [InlineData("2 >= 3", false)]
    [InlineData("-1 < 0", true)]
    public void Numbers_compare_by_value(string source, bool expected)
    {
        var result = Evaluate(source);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("\"a\" = \"a\"", true)]
    [InlineData("\"a\" = \"A\"", false)]
    [InlineData("\"a\" != \"b\"", true)]
    [InlineData("\"a\" < \"b\"", true)]
    [InlineData("\"B\" < \"a\"", true)]
    [InlineData("\"abc\" >= \"abd\"", false)]
    public void Strings_compare_ordinally(string source, bool expected)
    {
        var result = Evaluate(source);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("true = true", true)]
    [InlineData("true = false", false)]
    [InlineData("true != false", true)]
    public void Booleans_compare_for_equality(string source, bool expected)
    {
        var result = Evaluate(source);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("true < false")]
    [InlineData("1 = \"1\"")]
    [InlineData("1 != \"1\"")]
    [InlineData("\"1\" < 2")]
    [InlineData("date(\"2030-01-01\") = date and time(\"2030-01-01T00:00:00Z\")")]
    [InlineData("[1] < [2]")]
    public void Comparison_of_incomparable_values_is_null(string source)
    {
        var result = Evaluate(source);

        Assert.Null(result);
    }

    [Theory]
    [InlineData("date(\"2030-01-01\") < date(\"2030-01-02\")", true)]
    [InlineData("date(\"2030-01-01\") = date(2030, 1, 1)", true)]
    [InlineData("date and time(\"2030-01-01T10:00:00+01:00\") = date and time(\"2030-01-01T09:00:00Z\")", true)]
    [InlineData("date and time(\"2030-01-01T10:00:00Z\") > now()", false)]
    [InlineData("duration(\"PT1H\") < duration(\"PT61M\")", true)]
    [InlineData("duration(\"PT24H\") = duration(\"P1D\")", true)]
    [InlineData("duration(\"P1Y\") = duration(\"P12M\")", true)]
    [InlineData("duration(\"P1Y\") > duration(\"P11M\")", true)]
    public void Dates_times_and_durations_compare_in_time(string source, bool expected)
    {
        var result = Evaluate(source);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("[1, \"a\", [true]] = [1, \"a\", [true]]", true)]
    [InlineData("[1, 2] = [2, 1]", false)]
    [InlineData("[1, 2] = [1, 2, 3]", false)]
    [InlineData("[] = []", true)]
    [InlineData("{a: 1, b: [2]} = {b: [2], a: 1}", true)]
    [InlineData("{a: 1} = {a: 2}", false)]
    [InlineData("{a: 1} = {b: 1}", false)]
    [InlineData("[null] = [null]", true)]
    public void Lists_and_contexts_compare_deeply(string source, bool expected)
    {
        var result = Evaluate(source);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Deep_equality_with_an_item_of_another_type_is_false_as_in_camunda()
    {
        var result = Evaluate("[1, 2] = [1, \"2\"]");

        Assert.Equal(false, result);
    }

    [Fact]
    public void Variable_compares_with_a_json_number_and_string()
    {
        var result = Evaluate("amount > 100 and decision = \"approved\"", """{"amount": 150, "decision": "approved"}""");

        Assert.Equal(true, result);
    }
}
