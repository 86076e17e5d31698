namespace Ams.Workflow.Engine.Feel;

/// <summary>
/// FEEL arithmetic on numbers, strings, dates, date-times and durations. Null operands, mismatched types,
/// division by zero and overflow give null; only an oversized string result throws.
/// </summary>
internal static class FeelArithmetic
{
    public static object? Add(object? left, object? right)
    {
        try
        {
            return (left, right) switch
            {
                (decimal a, decimal b) => a + b,
                (string a, string b) => Concatenate(a, b),
                (DateTimeOffset a, TimeSpan b) => a + b,
                (TimeSpan a, DateTimeOffset b) => b + a,
                (DateTimeOffset a, FeelYearsMonthsDuration b) => a.AddMonths(b.TotalMonths),
                (FeelYearsMonthsDuration a, DateTimeOffset b) => b.AddMonths(a.TotalMonths),
                (DateOnly a, TimeSpan b) => AddToDate(a, b),
                (TimeSpan a, DateOnly b) => AddToDate(b, a),
                (DateOnly a, FeelYearsMonthsDuration b) => a.AddMonths(b.TotalMonths),
                (FeelYearsMonthsDuration a, DateOnly b) => b.AddMonths(a.TotalMonths),
                (TimeSpan a, TimeSpan b) => a + b,
                (FeelYearsMonthsDuration a, FeelYearsMonthsDuration b) => new FeelYearsMonthsDuration(checked(a.TotalMonths + b.TotalMonths)),
                _ => null,
            };
        }
        catch (Exception exception) when (exception is OverflowException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public static object? Subtract(object? left, object? right)
    {
        try
        {
            return (left, right) switch
            {
                (decimal a, decimal b) => a - b,
                (DateTimeOffset a, DateTimeOffset b) => a - b,
                (DateTimeOffset a, TimeSpan b) => a - b,
                (DateTimeOffset a, FeelYearsMonthsDuration b) => a.AddMonths(checked(-b.TotalMonths)),
                (DateOnly a, DateOnly b) => TimeSpan.FromDays(a.DayNumber - b.DayNumber),
                (DateOnly a, TimeSpan b) => AddToDate(a, -b),
                (DateOnly a, FeelYearsMonthsDuration b) => a.AddMonths(checked(-b.TotalMonths)),
                (TimeSpan a, TimeSpan b) => a - b,
                (FeelYearsMonthsDuration a, FeelYearsMonthsDuration b) => new FeelYearsMonthsDuration(checked(a.TotalMonths - b.TotalMonths)),
                _ => null,
            };
        }
        catch (Exception exception) when (exception is OverflowException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    public static object? Multiply(object? left, object? right)
    {
        try
        {
            return (left, right) switch
            {
                (decimal a, decimal b) => a * b,
                (TimeSpan a, decimal b) => Scale(a, b),
                (decimal a, TimeSpan b) => Scale(b, a),
                (FeelYearsMonthsDuration a, decimal b) => Scale(a, b),
                (decimal a, FeelYearsMonthsDuration b) => Scale(b, a),
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public static object? Divide(object? left, object? right)
    {
        try
        {
            return (left, right) switch
            {
                (_, 0m) => null,
                (decimal a, decimal b) => a / b,
                (TimeSpan a, decimal b) => Scale(a, 1 / b),
                (FeelYearsMonthsDuration a, decimal b) => Scale(a, 1 / b),
                (TimeSpan a, TimeSpan b) => b == TimeSpan.Zero ? null : (decimal)a.Ticks / b.Ticks,
                (FeelYearsMonthsDuration a, FeelYearsMonthsDuration b) => b.TotalMonths == 0 ? null : (decimal)a.TotalMonths / b.TotalMonths,
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public static object? Negate(object? operand)
    {
        try
        {
            return operand switch
            {
                decimal number => -number,
                TimeSpan duration => duration.Negate(),
                FeelYearsMonthsDuration duration => new FeelYearsMonthsDuration(checked(-duration.TotalMonths)),
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static string Concatenate(string left, string right)
    {
        if ((long)left.Length + right.Length > FeelLimits.MaxStringLength)
        {
            throw new FeelEvaluationException(
                $"Concatenating strings would produce {(long)left.Length + right.Length} characters; at most {FeelLimits.MaxStringLength} are allowed.");
        }

        return string.Concat(left, right);
    }

    // A whole number of days keeps a date a date; a time part turns it into a date-time at midnight UTC.
    private static object AddToDate(DateOnly date, TimeSpan duration)
    {
        if (duration.Ticks % TimeSpan.TicksPerDay == 0)
        {
            return date.AddDays(checked((int)(duration.Ticks / TimeSpan.TicksPerDay)));
        }

        var midnight = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return midnight + duration;
    }

    private static TimeSpan Scale(TimeSpan duration, decimal factor) =>
        new(checked((long)decimal.Round(duration.Ticks * factor)));

    private static FeelYearsMonthsDuration Scale(FeelYearsMonthsDuration duration, decimal factor) =>
        new(checked((int)decimal.Truncate(duration.TotalMonths * factor)));
}
