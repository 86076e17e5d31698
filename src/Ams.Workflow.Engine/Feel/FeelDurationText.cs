using System.Globalization;
using System.Text;

namespace Ams.Workflow.Engine.Feel;

/// <summary>Reads and writes ISO 8601 durations: <c>P1Y2M</c> (years and months) or <c>P1DT4H30M</c> (days and time).</summary>
internal static class FeelDurationText
{
    /// <summary>Parses a duration into a <see cref="TimeSpan"/> or a <see cref="FeelYearsMonthsDuration"/>; null when invalid or mixed.</summary>
    public static object? Parse(string text)
    {
        var reader = new FeelDurationReader(text);
        return reader.Read();
    }

    public static string Format(FeelYearsMonthsDuration duration)
    {
        long months = duration.TotalMonths;
        var builder = new StringBuilder();
        if (months < 0)
        {
            builder.Append('-');
            months = -months;
        }

        builder.Append('P');
        var years = months / 12;
        var rest = months % 12;
        if (years > 0)
        {
            builder.Append(years.ToString(CultureInfo.InvariantCulture)).Append('Y');
        }

        if (rest > 0 || years == 0)
        {
            builder.Append(rest.ToString(CultureInfo.InvariantCulture)).Append('M');
        }

        return builder.ToString();
    }

    public static string Format(TimeSpan duration)
    {
        decimal ticks = duration.Ticks;
        var builder = new StringBuilder();
        if (ticks < 0)
        {
            builder.Append('-');
            ticks = -ticks;
        }

        builder.Append('P');
        var days = decimal.Truncate(ticks / TimeSpan.TicksPerDay);
        ticks -= days * TimeSpan.TicksPerDay;
        var hours = decimal.Truncate(ticks / TimeSpan.TicksPerHour);
        ticks -= hours * TimeSpan.TicksPerHour;
        var minutes = decimal.Truncate(ticks / TimeSpan.TicksPerMinute);
        ticks -= minutes * TimeSpan.TicksPerMinute;
        var seconds = ticks / TimeSpan.TicksPerSecond;

        if (days > 0)
        {
            builder.Append(FeelNumberText.Format(days)).Append('D');
        }

        if (hours > 0 || minutes > 0 || seconds > 0 || days == 0)
        {
            builder.Append('T');
            AppendPart(builder, hours, 'H');
            AppendPart(builder, minutes, 'M');
            if (seconds > 0 || (hours == 0 && minutes == 0))
            {
                builder.Append(FeelNumberText.Format(seconds)).Append('S');
            }
        }

        return builder.ToString();
    }

    private static void AppendPart(StringBuilder builder, decimal value, char unit)
    {
        if (value > 0)
        {
            builder.Append(FeelNumberText.Format(value)).Append(unit);
        }
    }
}
