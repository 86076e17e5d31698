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
                (DateTime a, TimeSpan b) => a + b,
                (TimeSpan a, DateTime b) => b + a,
                (DateTime a, FeelYearsMonthsDuration b) => a.AddMonths(b.TotalMonths),
                (FeelYearsMonthsDuration a, DateTime b) => b.AddMonths(a.TotalMonths),
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
                (DateTime a, DateTime b) => a - b,
                (DateTime a, TimeSpan b) => a - b,
                (DateTime a, FeelYearsMonthsDuration b) => a.AddMonths(checked(-b.TotalMonths)),
                (DateTimeOffset a, TimeSpan b) => a - b,
                (DateTimeOffset a, FeelYearsMonthsDuration b) => a.AddMonths(checked(-b.TotalMonths)),
                (DateOnly a, DateOnly b) => TimeSpan.FromDays(a.DayNumber - b.DayNumber),
                (DateOnly a, TimeSpan b) => AddToDate(a, b.Negate()),
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
                (TimeSpan a, decimal b) => new TimeSpan(checked((long)decimal.Truncate(a.Ticks / b))),
                (FeelYearsMonthsDuration a, decimal b) => new FeelYearsMonthsDuration(checked((int)decimal.Truncate(a.TotalMonths / b))),

                // As Camunda: the quotient of two durations is a whole number (milliseconds, or months, divided).
                (TimeSpan a, TimeSpan b) => b.Ticks / TimeSpan.TicksPerMillisecond == 0
                    ? null
                    : (decimal)((a.Ticks / TimeSpan.TicksPerMillisecond) / (b.Ticks / TimeSpan.TicksPerMillisecond)),
                (FeelYearsMonthsDuration a, FeelYearsMonthsDuration b) => b.TotalMonths == 0 ? null : (decimal)(a.TotalMonths / b.TotalMonths),
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

    // As Camunda: the duration is added to the date's midnight and the result's date is kept, so
    // date("2017-01-10") + duration("PT1H") is still 2017-01-10 and date("2017-01-10") - duration("PT1H") is 2017-01-09.
    private static DateOnly AddToDate(DateOnly date, TimeSpan duration) =>
        DateOnly.FromDateTime(date.ToDateTime(TimeOnly.MinValue) + duration);

    // As Camunda: a duration is multiplied by the whole part of the number.
    private static TimeSpan Scale(TimeSpan duration, decimal factor) =>
        new(checked(duration.Ticks * (long)decimal.Truncate(factor)));

    private static FeelYearsMonthsDuration Scale(FeelYearsMonthsDuration duration, decimal factor) =>
        new(checked(duration.TotalMonths * (int)decimal.Truncate(factor)));

    /// <summary>
    /// <c>**</c>: a whole exponent is computed exactly (a negative one as a reciprocal); any other goes through double
    /// precision. Overflow and results that are not real numbers give null.
    /// </summary>
    public static object? Power(object? left, object? right)
    {
        if (left is not decimal x || right is not decimal y)
        {
            return null;
        }

        try
        {
            if (decimal.Truncate(y) == y && Math.Abs(y) <= FeelLimits.MaxExactExponent)
            {
                var result = 1m;
                var exponent = (int)Math.Abs(y);
                var factor = x;
                while (exponent > 0)
                {
                    if ((exponent & 1) == 1)
                    {
                        result *= factor;
                    }

                    exponent >>= 1;
                    if (exponent > 0)
                    {
                        factor *= factor;
                    }
                }

                return y < 0 ? (result == 0 ? null : 1 / result) : result;
            }

            var approximate = Math.Pow((double)x, (double)y);
            return double.IsFinite(approximate) ? (decimal)approximate : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
