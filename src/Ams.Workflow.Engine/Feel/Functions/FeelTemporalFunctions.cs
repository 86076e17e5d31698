namespace Ams.Workflow.Engine.Feel.Functions;

/// <summary>The temporal functions: construction, <c>now()</c>, <c>today()</c>, day and month names, and durations between dates.</summary>
internal static class FeelTemporalFunctions
{
    public static object? Now(object?[] arguments, FeelEvaluationContext context) => context.Now;

    public static object? Today(object?[] arguments, FeelEvaluationContext context) => DateOnly.FromDateTime(context.Now.DateTime);

    /// <summary><c>date(text)</c>, <c>date(date and time)</c> or <c>date(year, month, day)</c>.</summary>
    public static object? Date(object?[] arguments, FeelEvaluationContext context) => arguments switch
    {
        [string text] => FeelTemporalText.ParseDate(text),
        [DateOnly date] => date,
        [DateTimeOffset dateTime] => DateOnly.FromDateTime(dateTime.DateTime),
        [DateTime local] => DateOnly.FromDateTime(local),
        [decimal year, decimal month, decimal day] => DateFromParts(year, month, day),
        _ => null,
    };

    /// <summary><c>date and time(text)</c>: zoned with an offset or <c>Z</c>, local without; a date becomes its local midnight.</summary>
    public static object? DateAndTime(object?[] arguments, FeelEvaluationContext context) => arguments switch
    {
        [string text] => FeelTemporalText.ParseDateTime(text),
        [DateTimeOffset dateTime] => dateTime,
        [DateTime local] => local,
        [DateOnly date] => date.ToDateTime(TimeOnly.MinValue),
        _ => null,
    };

    /// <summary><c>day of week(date)</c>: the English day name, as Camunda (<c>"Tuesday"</c>).</summary>
    public static object? DayOfWeek(object?[] arguments, FeelEvaluationContext context) =>
        DateOf(arguments[0]) is { } date ? date.DayOfWeek.ToString() : null;

    /// <summary><c>month of year(date)</c>: the English month name.</summary>
    public static object? MonthOfYear(object?[] arguments, FeelEvaluationContext context) =>
        DateOf(arguments[0]) is { } date
            ? date.ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary><c>day of year(date)</c>.</summary>
    public static object? DayOfYear(object?[] arguments, FeelEvaluationContext context) =>
        DateOf(arguments[0]) is { } date ? (decimal)date.DayOfYear : null;

    /// <summary><c>years and months duration(from, to)</c>: the whole months between two dates or date-times.</summary>
    public static object? YearsAndMonthsDuration(object?[] arguments, FeelEvaluationContext context)
    {
        if (DateTimeOf(arguments[0]) is not { } from || DateTimeOf(arguments[1]) is not { } to
            || arguments[0]?.GetType() == typeof(DateTimeOffset) != (arguments[1]?.GetType() == typeof(DateTimeOffset)))
        {
            return null;
        }

        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        if (months > 0 && to < from.AddMonths(months))
        {
            months--;
        }
        else if (months < 0 && to > from.AddMonths(months))
        {
            months++;
        }

        return new FeelYearsMonthsDuration(months);
    }

    public static object? Duration(object?[] arguments, FeelEvaluationContext context) =>
        arguments is [string text] ? FeelDurationText.Parse(text) : null;

    private static DateOnly? DateOf(object? value) => value switch
    {
        DateOnly date => date,
        DateTime local => DateOnly.FromDateTime(local),
        DateTimeOffset zoned => DateOnly.FromDateTime(zoned.DateTime),
        _ => null,
    };

    // A date is its midnight; a zoned date-time is compared on its own clock, as both ends share the zone in practice.
    private static DateTime? DateTimeOf(object? value) => value switch
    {
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        DateTime local => local,
        DateTimeOffset zoned => zoned.UtcDateTime,
        _ => null,
    };

    private static object? DateFromParts(decimal year, decimal month, decimal day)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1
            || decimal.Truncate(year) != year || decimal.Truncate(month) != month || decimal.Truncate(day) != day)
        {
            return null;
        }

        var daysInMonth = DateTime.DaysInMonth((int)year, (int)month);
        return day > daysInMonth ? null : new DateOnly((int)year, (int)month, (int)day);
    }
}
