using Ams.Workflow.Engine.Feel;
using static Ams.Workflow.Engine.Tests.Feel.FeelTestEvaluation;

namespace Ams.Workflow.Engine.Tests.Feel;

public sealed class FeelTemporalFunctionTests
{
    [Fact]
    public void Now_comes_from_the_evaluation_context()
    {
        var now = new DateTimeOffset(2001, 2, 3, 4, 5, 6, TimeSpan.FromHours(1));

        var result = Parse("now()").Evaluate(Variables("{}"), new FeelEvaluationContext(now));

        Assert.Equal(now, result);
    }

    [Fact]
    public void Today_is_the_date_of_now_in_its_own_offset()
    {
        var now = new DateTimeOffset(2030, 10, 1, 23, 30, 0, TimeSpan.FromHours(-5));

        var result = Parse("today()").Evaluate(Variables("{}"), new FeelEvaluationContext(now));

        Assert.Equal(new DateOnly(2030, 10, 1), result);
    }

    [Theory]
    [InlineData("date(\"2030-02-28\")", 2030, 2, 28)]
    [InlineData("date(2024, 2, 29)", 2024, 2, 29)]
    [InlineData("date(date and time(\"2030-05-06T23:00:00-02:00\"))", 2030, 5, 6)]
    [InlineData("date(date(\"2030-01-01\"))", 2030, 1, 1)]
    public void Date_builds_a_date(string source, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Evaluate(source));
    }

    [Theory]
    [InlineData("date(\"bad\")")]
    [InlineData("date(\"2030-02-30\")")]
    [InlineData("date(\"2030-10-01T12:00:00Z\")")]
    [InlineData("date(2023, 2, 29)")]
    [InlineData("date(2030, 13, 1)")]
    [InlineData("date(2030, 1.5, 1)")]
    [InlineData("date(1)")]
    [InlineData("date(null)")]
    public void Date_with_an_invalid_argument_is_null(string source)
    {
        Assert.Null(Evaluate(source));
    }

    [Theory]
    [InlineData("2030-10-01T12:00:00Z", 12, 0, 0)]
    [InlineData("2030-10-01T12:00:00+02:00", 12, 0, 2)]
    [InlineData("2030-10-01T12:00:00.5-03:30", 12, 500, -3.5)]
    public void Date_and_time_parses_iso_text(string text, int hour, int millisecond, double offsetHours)
    {
        var result = Evaluate($"date and time(\"{text}\")");

        var expected = new DateTimeOffset(2030, 10, 1, hour, 0, 0, millisecond, TimeSpan.FromHours(offsetHours));
        Assert.Equal(expected, result);
        Assert.Equal(expected.Offset, Assert.IsType<DateTimeOffset>(result).Offset);
    }

    [Theory]
    [InlineData("date and time(\"yesterday\")")]
    [InlineData("date and time(\"2030-10-01\")")]
    [InlineData("date and time(\"2030-10-01T12:00:00@Europe/Berlin\")")]
    [InlineData("date and time(\"10/01/2030 12:00\")")]
    [InlineData("date and time(5)")]
    public void Date_and_time_with_an_invalid_argument_is_null(string source)
    {
        Assert.Null(Evaluate(source));
    }

    [Theory]
    [InlineData("2030-10-01T12:00")]
    [InlineData("2030-10-01T12:00:00")]
    public void Date_and_time_without_a_zone_is_local(string text)
    {
        var result = Evaluate($"date and time(\"{text}\")");

        Assert.Equal(new DateTime(2030, 10, 1, 12, 0, 0, DateTimeKind.Unspecified), Assert.IsType<DateTime>(result));
    }

    [Fact]
    public void Date_and_time_of_a_date_is_its_local_midnight()
    {
        Assert.Equal(new DateTime(2030, 1, 2), Evaluate("date and time(date(\"2030-01-02\"))"));
    }

    [Theory]
    [InlineData("PT4H", 0, 4, 0, 0)]
    [InlineData("P1D", 1, 0, 0, 0)]
    [InlineData("P2W", 14, 0, 0, 0)]
    [InlineData("P1DT2H3M4S", 1, 2, 3, 4)]
    [InlineData("PT90M", 0, 1, 30, 0)]
    [InlineData("PT0S", 0, 0, 0, 0)]
    public void Duration_parses_days_and_time(string text, int days, int hours, int minutes, int seconds)
    {
        Assert.Equal(new TimeSpan(days, hours, minutes, seconds), Evaluate($"duration(\"{text}\")"));
    }

    [Fact]
    public void Duration_parses_fractions_of_seconds_and_signs()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(1500), Evaluate("duration(\"PT1.5S\")"));
        Assert.Equal(TimeSpan.FromDays(-1), Evaluate("duration(\"-P1D\")"));
    }

    [Theory]
    [InlineData("P1Y2M", 14)]
    [InlineData("P3M", 3)]
    [InlineData("P2Y", 24)]
    [InlineData("-P1Y", -12)]
    public void Duration_parses_years_and_months(string text, int months)
    {
        Assert.Equal(new FeelYearsMonthsDuration(months), Evaluate($"duration(\"{text}\")"));
    }

    [Theory]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("4H")]
    [InlineData("PT4")]
    [InlineData("P1Y2D")]
    [InlineData("PT1H2H")]
    [InlineData("P1M1Y")]
    [InlineData("PT1.5H")]
    [InlineData("P1H")]
    [InlineData("")]
    public void Duration_with_invalid_text_is_null(string text)
    {
        Assert.Null(Evaluate($"duration(\"{text}\")"));
    }

    [Fact]
    public void Duration_of_a_non_string_is_null()
    {
        Assert.Null(Evaluate("duration(4)"));
    }
}
