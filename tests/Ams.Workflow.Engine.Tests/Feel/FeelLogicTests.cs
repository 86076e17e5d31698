using static Ams.Workflow.Engine.Tests.Feel.FeelTestEvaluation;

namespace Ams.Workflow.Engine.Tests.Feel;

public sealed class FeelLogicTests
{
    [Theory]
    [InlineData("true and true", true)]
    [InlineData("true and false", false)]
    [InlineData("false or true", true)]
    [InlineData("false or false", false)]
    [InlineData("not(true)", false)]
    [InlineData("not(false)", true)]
    [InlineData("not(1 > 2)", true)]
    [InlineData("true or false and false", true)]
    [InlineData("(true or false) and false", false)]
    [InlineData("1 < 2 and 2 < 3", true)]
    public void And_or_not_combine_booleans_with_and_binding_tighter(string source, bool expected)
    {
        Assert.Equal(expected, Evaluate(source));
    }

    [Fact]
    public void Not_of_a_non_boolean_is_null()
    {
        Assert.Null(Evaluate("not(\"false\")"));
    }

    [Theory]
    [InlineData("if true then 1 else 2", 1)]
    [InlineData("if false then 1 else 2", 2)]
    [InlineData("if null then 1 else 2", 2)]
    [InlineData("if \"yes\" then 1 else 2", 2)]
    [InlineData("if 1 < 2 then 10 + 1 else 20", 11)]
    [InlineData("if false then 1 else if true then 3 else 4", 3)]
    [InlineData("1 + (if true then 1 else 2)", 2)]
    public void If_takes_the_then_branch_only_for_true(string source, double expected)
    {
        Assert.Equal((decimal)expected, Evaluate(source));
    }

    [Theory]
    [InlineData("5 between 1 and 10", true)]
    [InlineData("1 between 1 and 10", true)]
    [InlineData("10 between 1 and 10", true)]
    [InlineData("0 between 1 and 10", false)]
    [InlineData("11 between 1 and 10", false)]
    [InlineData("\"m\" between \"a\" and \"z\"", true)]
    [InlineData("date(\"2030-06-01\") between date(\"2030-01-01\") and date(\"2030-12-31\")", true)]
    [InlineData("5 between 1 and 10 and true", true)]
    public void Between_is_inclusive_at_both_ends(string source, bool expected)
    {
        Assert.Equal(expected, Evaluate(source));
    }

    [Theory]
    [InlineData("null between 1 and 10")]
    [InlineData("5 between null and 10")]
    [InlineData("5 between \"a\" and 10")]
    public void Between_with_an_undecidable_bound_is_null(string source)
    {
        Assert.Null(Evaluate(source));
    }

    [Fact]
    public void Between_outside_a_known_bound_is_false_even_if_the_other_is_null()
    {
        Assert.Equal(false, Evaluate("0 between 1 and null"));
    }

    [Theory]
    [InlineData("2 in [1, 2, 3]", true)]
    [InlineData("4 in [1, 2, 3]", false)]
    [InlineData("\"b\" in [\"a\", \"b\"]", true)]
    [InlineData("2 in 2", true)]
    [InlineData("2 in 3", false)]
    [InlineData("2 in (1, 2)", true)]
    [InlineData("5 in (1, [4, 5])", true)]
    [InlineData("2 in []", false)]
    [InlineData("null in [1, null]", true)]
    public void In_tests_membership_or_equality(string source, bool expected)
    {
        Assert.Equal(expected, Evaluate(source));
    }

    [Fact]
    public void In_reads_a_list_variable()
    {
        var result = Evaluate("status in allowed", """{"status": "OPEN", "allowed": ["OPEN", "PENDING"]}""");

        Assert.Equal(true, result);
    }

    // Camunda: null against a value is false, so a null item no longer makes 'in' undecidable.
    [Theory]
    [InlineData("1 in [null, 2]")]
    [InlineData("1 in null")]
    public void In_without_a_match_and_a_null_item_is_false(string source)
    {
        Assert.Equal(false, Evaluate(source));
    }

    [Fact]
    public void In_without_a_match_and_an_item_of_another_type_is_null()
    {
        Assert.Null(Evaluate("1 in [\"a\", 2]"));
    }
}
