using System.Globalization;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// A cron expression as Camunda 8 accepts it in a timer cycle (Spring's format): six fields, second, minute, hour,
/// day of month, month and day of week, each <c>*</c>, <c>?</c>, a value, a range, a list or a step (<c>*/15</c>,
/// <c>10-40/10</c>), with month and day names (<c>JAN</c>, <c>MON-FRI</c>), or a macro such as <c>@daily</c>.
/// A day must match both day fields, as in Spring. Times are UTC. <c>L</c>, <c>W</c> and <c>#</c> are not supported.
/// </summary>
internal sealed class CronSchedule
{
    private static readonly Dictionary<string, string> Macros = new(StringComparer.OrdinalIgnoreCase)
    {
        ["@yearly"] = "0 0 0 1 1 *",
        ["@annually"] = "0 0 0 1 1 *",
        ["@monthly"] = "0 0 0 1 * *",
        ["@weekly"] = "0 0 0 * * 0",
        ["@daily"] = "0 0 0 * * *",
        ["@midnight"] = "0 0 0 * * *",
        ["@hourly"] = "0 0 * * * *",
    };

    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    private readonly bool[] seconds;
    private readonly bool[] minutes;
    private readonly bool[] hours;
    private readonly bool[] daysOfMonth;
    private readonly bool[] months;
    private readonly bool[] daysOfWeek;

    private CronSchedule(bool[][] fields)
    {
        (seconds, minutes, hours, daysOfMonth, months, daysOfWeek) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
    }

    /// <summary>Reads a cron expression; null when it is not one.</summary>
    public static CronSchedule? TryParse(string text)
    {
        var trimmed = text.Trim();
        var parts = (Macros.TryGetValue(trimmed, out var expanded) ? expanded : trimmed)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 6)
        {
            return null;
        }

        var fields = new[]
        {
            Field(parts[0], 0, 59, null),
            Field(parts[1], 0, 59, null),
            Field(parts[2], 0, 23, null),
            Field(parts[3], 1, 31, null),
            Field(parts[4], 1, 12, MonthNames),
            Field(parts[5], 0, 7, DayNames),
        };
        if (fields.Any(f => f is null))
        {
            return null;
        }

        var days = fields[5]!;
        days[0] |= days[7];
        return new CronSchedule(fields!);
    }

    /// <summary>The first time strictly after <paramref name="after"/> that matches, or null when none comes within five years.</summary>
    public DateTimeOffset? Next(DateTimeOffset after)
    {
        var utc = after.ToUniversalTime();
        var t = new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second, DateTimeKind.Utc).AddSeconds(1);
        var limit = t.AddYears(5);
        while (t < limit)
        {
            if (!months[t.Month])
            {
                t = new DateTime(t.Year, t.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
            }
            else if (!daysOfMonth[t.Day] || !daysOfWeek[(int)t.DayOfWeek])
            {
                t = t.Date.AddDays(1);
            }
            else if (!hours[t.Hour])
            {
                t = t.Date.AddHours(t.Hour + 1);
            }
            else if (!minutes[t.Minute])
            {
                t = t.Date.AddHours(t.Hour).AddMinutes(t.Minute + 1);
            }
            else if (!seconds[t.Second])
            {
                t = t.AddSeconds(1);
            }
            else
            {
                return new DateTimeOffset(t, TimeSpan.Zero);
            }
        }

        return null;
    }

    private static bool[]? Field(string text, int min, int max, string[]? names)
    {
        var allowed = new bool[max + 1];
        foreach (var item in text.Split(','))
        {
            var (range, step) = item.Split('/') switch
            {
                [var r] => (r, 1),
                [var r, var s] when int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 => (r, n),
                _ => ("", 0),
            };
            if (step == 0 || Bounds(range, min, max, names, item.Contains('/', StringComparison.Ordinal)) is not var (from, to))
            {
                return null;
            }

            for (var value = from; value <= to; value += step)
            {
                allowed[value] = true;
            }
        }

        return allowed;
    }

    private static (int From, int To)? Bounds(string range, int min, int max, string[]? names, bool stepped)
    {
        if (range is "*" or "?")
        {
            return (min, max);
        }

        var ends = range.Split('-');
        if (ends.Length > 2 || Value(ends[0], min, max, names) is not { } from)
        {
            return null;
        }

        if (ends.Length == 1)
        {
            return (from, stepped ? max : from);
        }

        return Value(ends[1], min, max, names) is { } to && to >= from ? (from, to) : null;
    }

    private static int? Value(string text, int min, int max, string[]? names)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= min && number <= max ? number : null;
        }

        var index = names is null ? -1 : Array.FindIndex(names, n => n.Equals(text, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? null : index + (names == MonthNames ? 1 : 0);
    }
}
