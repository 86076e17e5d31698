using Ams.Workflow.Engine.Feel;
using static Ams.Workflow.Engine.Tests.Feel.FeelTestEvaluation;

namespace Ams.Workflow.Engine.Tests.Feel;

public sealed class FeelLiteralTests
{
    [Theory]
    [InlineData("0", 0)]
    [InlineData("42", 42)]
    [InlineData("1.5", 1.5)]
    [InlineData("-7", -7)]
    [InlineData("-0.25", -0.25)]
    [InlineData("- 3", -3)]
    [InlineData("--3", 3)]
    public void Number_literal_evaluates_to_a_decimal(string source, double expected)
    {
        var result = Evaluate(source);

        Assert.Equal((decimal)expected, Assert.IsType<decimal>(result));
    }

    [Fact]
    public void Long_decimal_literal_keeps_its_precision()
    {
        var result = Evaluate("0.1234567890123456789");

        Assert.Equal(0.1234567890123456789m, result);
    }

    [Theory]
    [InlineData("\"Cherry.jpg\"", "Cherry.jpg")]
    [InlineData("\"\"", "")]
    [InlineData("\"say \\\"hi\\\"\"", "say \"hi\"")]
    [InlineData("\"a\\\\b\"", "a\\b")]
    [InlineData("\"line\\nnext\"", "line\nnext")]
    [InlineData("\"\\r\\t\"", "\r\t")]
    [InlineData("\"\\u0041\\u00e9\"", "Aé")]
    [InlineData("\"{{secrets.OPENAI_API_KEY}}\"", "{{secrets.OPENAI_API_KEY}}")]
    [InlineData("\"it\\'s\"", "it's")]
    [InlineData("\"\\b\\f\"", "\b\f")]

    // feel-scala keeps a backslash it does not know as written (Claim_Notification_Letter_Extraction writes "\$").
    [InlineData("\"costs \\$5\"", "costs \\$5")]
    [InlineData("\"\\d+\"", "\\d+")]
    [InlineData("\"\\u12\"", "\\u12")]
    public void String_literal_decodes_its_escapes(string source, string expected)
    {
        var result = Evaluate(source);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Boolean_literal_evaluates_to_a_boolean(string source, bool expected)
    {
        var result = Evaluate(source);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Null_literal_evaluates_to_null()
    {
        var result = Evaluate("null");

        Assert.Null(result);
    }

    [Fact]
    public void List_literal_holds_values_of_mixed_types()
    {
        var result = Evaluate("[1, \"a\", true, null, [2]]");

        var list = Assert.IsAssignableFrom<IReadOnlyList<object?>>(result);
        Assert.Equal(5, list.Count);
        Assert.Equal(1m, list[0]);
        Assert.Equal("a", list[1]);
        Assert.Equal(true, list[2]);
        Assert.Null(list[3]);
        Assert.Equal(2m, Assert.IsAssignableFrom<IReadOnlyList<object?>>(list[4])[0]);
    }

    [Fact]
    public void Empty_list_literal_is_an_empty_list()
    {
        var result = Evaluate("[]");

        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<object?>>(result));
    }

    [Fact]
    public void Context_literal_accepts_names_strings_and_nested_contexts_as_entries()
    {
        var result = Evaluate("{a: 1, \"b c\": 2, d: {e: \"x\"}}");

        var context = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result);
        Assert.Equal(1m, context["a"]);
        Assert.Equal(2m, context["b c"]);
        Assert.Equal("x", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(context["d"])["e"]);
    }

    [Fact]
    public void Context_literal_reads_variables_in_its_values()
    {
        var result = Evaluate("{ claim: { date: date, policyId: policy.id } }", """{"date": "2024-09-23", "policy": {"id": 7}}""");

        var claim = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(
            Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result)["claim"]);
        Assert.Equal("2024-09-23", claim["date"]);
        Assert.Equal(7m, claim["policyId"]);
    }

    [Fact]
    public void Context_entry_may_have_the_same_name_as_the_variable_it_reads()
    {
        var result = Evaluate("{item: item, is_legal: is_legal}", """{"item": "rum", "is_legal": false}""");

        var context = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result);
        Assert.Equal("rum", context["item"]);
        Assert.Equal(false, context["is_legal"]);
    }

    [Fact]
    public void Member_of_a_context_literal_is_its_value()
    {
        var result = Evaluate("{a: {b: 3}}.a.b");

        Assert.Equal(3m, result);
    }

    [Fact]
    public void Temporal_literal_with_at_sign_is_a_date_a_date_and_time_or_a_duration()
    {
        Assert.Equal(new DateOnly(2030, 1, 2), Evaluate("@\"2030-01-02\""));
        Assert.Equal(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero), Evaluate("@\"2030-01-02T03:04:05Z\""));
        Assert.Equal(TimeSpan.FromHours(4), Evaluate("@\"PT4H\""));
        Assert.Equal(new FeelYearsMonthsDuration(14), Evaluate("@\"P1Y2M\""));
    }
}
