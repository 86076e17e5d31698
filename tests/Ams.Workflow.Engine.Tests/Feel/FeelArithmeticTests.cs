using static Ams.Workflow.Engine.Tests.Feel.FeelTestEvaluation;

namespace Ams.Workflow.Engine.Tests.Feel;

public sealed class FeelArithmeticTests
{
    [Theory]
    [InlineData("1 + 2", 3)]
    [InlineData("5 - 7", -2)]
    [InlineData("3 * 4", 12)]
    [InlineData("7 / 2", 3.5)]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("10 - 4 - 3", 3)]
    [InlineData("8 / 4 / 2", 1)]
    [InlineData("-2 * -3", 6)]
    [InlineData("0.1 + 0.2", 0.3)]
    [InlineData("-(1 + 2)", -3)]
    public void Arithmetic_follows_precedence_and_associativity(string source, double expected)
    {
        var result = Evaluate(source);

        Assert.Equal((decimal)expected, result);
    }

    [Fact]
    public void Arithmetic_reads_number_variables()
    {
        var result = Evaluate("price * quantity", """{"price": 2.5, "quantity": 4}""");

        Assert.Equal(10m, result);
    }

    [Theory]
    [InlineData("1 / 0")]
    [InlineData("1 / 0.0")]
    [InlineData("duration(\"PT1H\") / 0")]
    [InlineData("duration(\"PT1H\") / duration(\"PT0S\")")]
    public void Division_by_zero_is_null(string source)
    {
        var result = Evaluate(source);

        Assert.Null(result);
    }

    [Theory]
    [InlineData("1 + \"a\"")]
    [InlineData("\"a\" + 1")]
    [InlineData("true + 1")]
    [InlineData("\"a\" * 2")]
    [InlineData("[1] + [2]")]
    [InlineData("-\"a\"")]
    [InlineData("date(\"2030-01-01\") + 1")]
    public void Type_mismatch_is_null_not_an_error(string source)
    {
        var result = Evaluate(source);

        Assert.Null(result);
    }

    [Fact]
    public void Overflow_is_null()
    {
        var result = Evaluate("79228162514264337593543950335 * 10");

        Assert.Null(result);
    }

    [Fact]
    public void Plus_concatenates_strings()
    {
        var result = Evaluate("\"ab\" + \"cd\" + \"\"");

        Assert.Equal("abcd", result);
    }
}
