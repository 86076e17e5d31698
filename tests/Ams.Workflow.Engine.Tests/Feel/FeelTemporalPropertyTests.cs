using static Ams.Workflow.Engine.Tests.Feel.FeelTestEvaluation;

namespace Ams.Workflow.Engine.Tests.Feel;

public sealed class FeelTemporalPropertyTests
{
    [Theory]
    [InlineData("date(\"2030-10-06\").year", 2030)]
    [InlineData("date(\"2030-10-06\").month", 10)]
    [InlineData("date(\"2030-10-06\").day", 6)]
    [InlineData("date(\"2030-10-06\").weekday", 7)]
    [InlineData("date(\"2030-10-07\").weekday", 1)]
    [InlineData("now().hour", 12)]
    [InlineData("now().year", 2030)]
    [InlineData("date and time(\"2030-10-01T08:09:10+02:00\").minute", 9)]
    [InlineData("date and time(\"2030-10-01T08:09:10+02:00\").second", 10)]
    [InlineData("duration(\"P1DT2H3M4S\").days", 1)]
    [InlineData("duration(\"P1DT2H3M4S\").hours", 2)]
    [InlineData("duration(\"P1DT2H3M4S\").minutes", 3)]
    [InlineData("duration(\"P1DT2H3M4S\").seconds", 4)]
    [InlineData("duration(\"P1Y2M\").years", 1)]
    [InlineData("duration(\"P1Y2M\").months", 2)]
    public void Temporal_values_expose_their_parts_as_members(string source, int expected)
    {
        Assert.Equal((decimal)expected, Evaluate(source));
    }

    [Theory]
    [InlineData("date(\"2030-10-06\").hour")]
    [InlineData("duration(\"PT1H\").years")]
    [InlineData("today().nothing")]
    [InlineData("(1 + 1).year")]
    [InlineData("d.year")]
    public void Unknown_member_of_a_value_is_null(string source)
    {
        Assert.Null(Evaluate(source, """{"d": "2030-10-06"}"""));
    }
}
