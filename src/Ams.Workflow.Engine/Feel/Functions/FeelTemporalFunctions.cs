namespace Ams.Workflow.Engine.Feel.Functions;

/// <summary><c>now()</c>, <c>today()</c>, <c>date()</c>, <c>date and time()</c> and <c>duration()</c>.</summary>
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

    public static object? Duration(object?[] arguments, FeelEvaluationContext context) =>
        arguments is [string text] ? FeelDurationText.Parse(text) : null;

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
