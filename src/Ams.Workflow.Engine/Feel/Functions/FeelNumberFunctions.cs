namespace Ams.Workflow.Engine.Feel.Functions;

/// <summary>The number functions of Camunda's FEEL: rounding with a scale, <c>abs</c>, <c>modulo</c>, <c>odd</c>, <c>even</c>.</summary>
internal static class FeelNumberFunctions
{
    public static object? Floor(object?[] arguments, FeelEvaluationContext context) => Round(arguments, MidpointRounding.ToNegativeInfinity);

    public static object? Ceiling(object?[] arguments, FeelEvaluationContext context) => Round(arguments, MidpointRounding.ToPositiveInfinity);

    public static object? RoundUp(object?[] arguments, FeelEvaluationContext context) => Round(arguments, MidpointRounding.AwayFromZero, awayFromZero: true);

    public static object? RoundDown(object?[] arguments, FeelEvaluationContext context) => Round(arguments, MidpointRounding.ToZero);

    public static object? RoundHalfUp(object?[] arguments, FeelEvaluationContext context) => Round(arguments, MidpointRounding.AwayFromZero);

    public static object? RoundHalfDown(object?[] arguments, FeelEvaluationContext context)
    {
        if (arguments[0] is not decimal number || Scale(arguments) is not { } scale)
        {
            return null;
        }

        // Half down: a midpoint goes toward zero, anything else to the nearest.
        var away = decimal.Round(number, scale, MidpointRounding.AwayFromZero);
        var toward = decimal.Round(number, scale, MidpointRounding.ToZero);
        var midpoint = Math.Abs(number - toward) * 2 == Math.Abs(away - toward) && away != toward;
        return midpoint ? toward : away;
    }

    /// <summary><c>decimal(n, scale)</c>: rounds half to even, as Camunda.</summary>
    public static object? Decimal(object?[] arguments, FeelEvaluationContext context) => Round(arguments, MidpointRounding.ToEven);

    public static object? Abs(object?[] arguments, FeelEvaluationContext context) => arguments[0] switch
    {
        decimal number => Math.Abs(number),
        TimeSpan duration => duration.Duration(),
        FeelYearsMonthsDuration duration when duration.TotalMonths != int.MinValue => new FeelYearsMonthsDuration(Math.Abs(duration.TotalMonths)),
        _ => null,
    };

    /// <summary><c>modulo(dividend, divisor)</c>: the result has the divisor's sign, as Camunda (<c>modulo(-12, 5)</c> is 3).</summary>
    public static object? Modulo(object?[] arguments, FeelEvaluationContext context)
    {
        if (arguments is not [decimal dividend, decimal divisor] || divisor == 0)
        {
            return null;
        }

        var remainder = dividend % divisor;
        return remainder != 0 && (remainder < 0) != (divisor < 0) ? remainder + divisor : remainder;
    }

    public static object? Odd(object?[] arguments, FeelEvaluationContext context) =>
        FeelArguments.Integer(arguments[0]) is { } number ? FeelBooleans.Box(number % 2 != 0) : null;

    public static object? Even(object?[] arguments, FeelEvaluationContext context) =>
        FeelArguments.Integer(arguments[0]) is { } number ? FeelBooleans.Box(number % 2 == 0) : null;

    private static int? Scale(object?[] arguments) =>
        arguments.Length < 2 ? 0 : FeelArguments.Integer(arguments[1]) is { } scale and >= 0 and <= 28 ? scale : null;

    private static object? Round(object?[] arguments, MidpointRounding mode, bool awayFromZero = false)
    {
        if (arguments[0] is not decimal number || Scale(arguments) is not { } scale)
        {
            return null;
        }

        if (!awayFromZero)
        {
            return decimal.Round(number, scale, mode);
        }

        // Round up: away from zero whenever anything is cut off.
        var truncated = decimal.Round(number, scale, MidpointRounding.ToZero);
        if (truncated == number)
        {
            return truncated;
        }

        var step = 1m;
        for (var i = 0; i < scale; i++)
        {
            step /= 10;
        }

        return truncated + (number > 0 ? step : -step);
    }
}
