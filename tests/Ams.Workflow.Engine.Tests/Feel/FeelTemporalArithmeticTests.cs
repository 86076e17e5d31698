using Ams.Workflow.Engine.Feel;
using static Ams.Workflow.Engine.Tests.Feel.FeelTestEvaluation;

namespace Ams.Workflow.Engine.Tests.Feel;

public sealed class FeelTemporalArithmeticTests
{
    [Fact]
    public void Date_and_time_plus_duration_moves_the_instant()
    {
        var result = Evaluate("date and time(\"2030-10-01T12:00:00Z\") + duration(\"P1DT2H30M\")");

        Assert.Equal(new DateTimeOffset(2030, 10, 2, 14, 30, 0, TimeSpan.Zero), result);
    }

    [Fact]
    public void Date_and_time_minus_duration_moves_the_instant_back()
    {
        var result = Evaluate("date and time(\"2030-10-01T12:00:00+02:00\") - duration(\"PT30M\")");

        Assert.Equal(new DateTimeOffset(2030, 10, 1, 11, 30, 0, TimeSpan.FromHours(2)), result);
    }

    [Fact]
    public void Date_and_time_plus_years_and_months_adds_calendar_months()
    {
        var result = Evaluate("date and time(\"2030-01-31T08:00:00Z\") + duration(\"P1M\")");

        Assert.Equal(new DateTimeOffset(2030, 2, 28, 8, 0, 0, TimeSpan.Zero), result);
    }

    [Fact]
    public void Duration_plus_date_and_time_is_commutative()
    {
        var result = Evaluate("duration(\"PT1H\") + date and time(\"2030-10-01T12:00:00Z\")");

        Assert.Equal(new DateTimeOffset(2030, 10, 1, 13, 0, 0, TimeSpan.Zero), result);
    }

    [Fact]
    public void Date_and_time_minus_date_and_time_is_a_duration()
    {
        var result = Evaluate("date and time(\"2030-10-02T13:00:00Z\") - date and time(\"2030-10-01T12:00:00Z\")");

        Assert.Equal(TimeSpan.FromHours(25), result);
    }

    [Fact]
    public void Date_plus_whole_days_is_a_date()
    {
        var result = Evaluate("date(\"2030-12-31\") + duration(\"P1D\")");

        Assert.Equal(new DateOnly(2031, 1, 1), result);
    }

    // Camunda adds the duration to the date's midnight and keeps the date.
    [Fact]
    public void Date_plus_a_duration_with_hours_stays_a_date()
    {
        var result = Evaluate("date(\"2030-12-31\") + duration(\"PT6H\")");

        Assert.Equal(new DateOnly(2030, 12, 31), result);
    }

    [Fact]
    public void Date_minus_years_and_months_goes_back_in_calendar_months()
    {
        var result = Evaluate("date(\"2030-03-15\") - duration(\"P1Y2M\")");

        Assert.Equal(new DateOnly(2029, 1, 15), result);
    }

    [Fact]
    public void Date_minus_date_is_a_duration_in_days()
    {
        var result = Evaluate("date(\"2030-03-01\") - date(\"2030-02-01\")");

        Assert.Equal(TimeSpan.FromDays(28), result);
    }

    [Fact]
    public void Durations_add_and_subtract()
    {
        Assert.Equal(TimeSpan.FromMinutes(90), Evaluate("duration(\"PT1H\") + duration(\"PT30M\")"));
        Assert.Equal(TimeSpan.FromMinutes(30), Evaluate("duration(\"PT1H\") - duration(\"PT30M\")"));
        Assert.Equal(new FeelYearsMonthsDuration(15), Evaluate("duration(\"P1Y\") + duration(\"P3M\")"));
    }

    [Fact]
    public void Duration_times_number_scales_it()
    {
        Assert.Equal(TimeSpan.FromHours(6), Evaluate("duration(\"PT2H\") * 3"));
        Assert.Equal(TimeSpan.FromHours(1), Evaluate("1.5 * duration(\"PT1H\")")); // Camunda takes the whole part of the number
        Assert.Equal(new FeelYearsMonthsDuration(6), Evaluate("duration(\"P2M\") * 3"));
        Assert.Equal(TimeSpan.FromMinutes(30), Evaluate("duration(\"PT1H\") / 2"));
    }

    [Fact]
    public void Negated_duration_is_negative()
    {
        var result = Evaluate("-duration(\"P1D\")");

        Assert.Equal(TimeSpan.FromDays(-1), result);
    }

    [Fact]
    public void Mixing_days_and_time_with_years_and_months_durations_is_null()
    {
        var result = Evaluate("duration(\"P1D\") + duration(\"P1M\")");

        Assert.Null(result);
    }

    [Fact]
    public void Date_and_time_beyond_the_calendar_is_null()
    {
        var result = Evaluate("date and time(\"9999-12-31T23:00:00Z\") + duration(\"P2D\")");

        Assert.Null(result);
    }
}
