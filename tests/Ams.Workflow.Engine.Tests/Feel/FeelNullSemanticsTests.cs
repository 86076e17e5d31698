using static Ams.Workflow.Engine.Tests.Feel.FeelTestEvaluation;

namespace Ams.Workflow.Engine.Tests.Feel;

public sealed class FeelNullSemanticsTests
{
    [Fact]
    public void Null_equals_null_is_true()
    {
        Assert.Equal(true, Evaluate("null = null"));
    }

    [Fact]
    public void Null_not_equals_null_is_false()
    {
        Assert.Equal(false, Evaluate("null != null"));
    }

    [Fact]
    public void Null_equals_one_is_false()
    {
        Assert.Equal(false, Evaluate("null = 1"));
    }

    [Fact]
    public void One_not_equals_null_is_true()
    {
        Assert.Equal(true, Evaluate("1 != null"));
    }

    [Theory]
    [InlineData("null < 1")]
    [InlineData("1 <= null")]
    [InlineData("null > null")]
    [InlineData("missing >= 1")]
    public void Ordering_with_null_is_null(string source)
    {
        Assert.Null(Evaluate(source));
    }

    [Theory]
    [InlineData("null + 1")]
    [InlineData("1 - null")]
    [InlineData("null * 2")]
    [InlineData("2 / null")]
    [InlineData("-null")]
    [InlineData("\"a\" + null")]
    [InlineData("now() + null")]
    public void Arithmetic_with_null_is_null(string source)
    {
        Assert.Null(Evaluate(source));
    }

    [Fact]
    public void Missing_variable_equals_null_is_true()
    {
        Assert.Equal(true, Evaluate("missing = null"));
    }

    [Fact]
    public void Json_null_variable_equals_null_is_true()
    {
        Assert.Equal(true, Evaluate("x = null", """{"x": null}"""));
    }

    [Fact]
    public void Not_of_null_is_null()
    {
        Assert.Null(Evaluate("not(null)"));
    }

    [Theory]
    [InlineData("false and null", false)]
    [InlineData("null and false", false)]
    [InlineData("true or null", true)]
    [InlineData("null or true", true)]
    public void Three_valued_logic_decides_when_one_side_decides(string source, bool expected)
    {
        Assert.Equal(expected, Evaluate(source));
    }

    [Theory]
    [InlineData("true and null")]
    [InlineData("null and true")]
    [InlineData("null and null")]
    [InlineData("false or null")]
    [InlineData("null or false")]
    [InlineData("null or null")]
    public void Three_valued_logic_is_null_when_undecided(string source)
    {
        Assert.Null(Evaluate(source));
    }

    [Theory]
    [InlineData("true and 1")]
    [InlineData("\"true\" and true")]
    [InlineData("false or \"x\"")]
    [InlineData("0 or false")]
    public void Non_boolean_operand_of_and_or_behaves_like_null(string source)
    {
        Assert.Null(Evaluate(source));
    }

    [Theory]
    [InlineData("1 and false", false)]
    [InlineData("1 or true", true)]
    public void Non_boolean_operand_loses_to_a_deciding_boolean(string source, bool expected)
    {
        Assert.Equal(expected, Evaluate(source));
    }
}
