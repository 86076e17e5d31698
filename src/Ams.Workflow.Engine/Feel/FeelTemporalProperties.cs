namespace Ams.Workflow.Engine.Feel;

/// <summary>
/// The members of temporal values, read with a path as in FEEL: <c>now().year</c>, <c>d.weekday</c>,
/// <c>duration("PT90M").minutes</c>. Any other member gives null.
/// </summary>
internal static class FeelTemporalProperties
{
    public static bool TryGet(object? value, string member, out object? result)
    {
        result = (value, member) switch
        {
            (DateOnly date, _) => Of(date, member),
            (DateTimeOffset dateTime, "hour") => (decimal)dateTime.Hour,
            (DateTimeOffset dateTime, "minute") => (decimal)dateTime.Minute,
            (DateTimeOffset dateTime, "second") => (decimal)dateTime.Second,
            (DateTimeOffset dateTime, _) => Of(DateOnly.FromDateTime(dateTime.DateTime), member),
            (DateTime local, "hour") => (decimal)local.Hour,
            (DateTime local, "minute") => (decimal)local.Minute,
            (DateTime local, "second") => (decimal)local.Second,
            (DateTime local, _) => Of(DateOnly.FromDateTime(local), member),
            (TimeSpan duration, "days") => (decimal)duration.Days,
            (TimeSpan duration, "hours") => (decimal)duration.Hours,
            (TimeSpan duration, "minutes") => (decimal)duration.Minutes,
            (TimeSpan duration, "seconds") => (decimal)duration.Seconds,
            (FeelYearsMonthsDuration duration, "years") => (decimal)(duration.TotalMonths / 12),
            (FeelYearsMonthsDuration duration, "months") => (decimal)(duration.TotalMonths % 12),
            _ => null,
        };
        return result is not null;
    }

    private static object? Of(DateOnly date, string member) => member switch
    {
        "year" => (decimal)date.Year,
        "month" => (decimal)date.Month,
        "day" => (decimal)date.Day,

        // FEEL numbers weekdays from Monday (1) to Sunday (7).
        "weekday" => (decimal)(date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek),
        _ => null,
    };
}
