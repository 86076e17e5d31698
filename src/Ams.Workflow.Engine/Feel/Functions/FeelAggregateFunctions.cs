namespace Ams.Workflow.Engine.Feel.Functions;

/// <summary>
/// <c>sum</c>, <c>product</c>, <c>mean</c>, <c>min</c>, <c>max</c>, <c>all</c> and <c>any</c>: each takes a list or the items
/// as arguments; an empty list, or an item of the wrong type, gives null, as Camunda.
/// </summary>
internal static class FeelAggregateFunctions
{
    public static object? Sum(object?[] arguments, FeelEvaluationContext context) =>
        FeelArguments.Numbers(FeelArguments.ListOrItems(arguments)) is { Count: > 0 } numbers ? Checked(() => numbers.Sum()) : null;

    public static object? Product(object?[] arguments, FeelEvaluationContext context) =>
        FeelArguments.Numbers(FeelArguments.ListOrItems(arguments)) is { Count: > 0 } numbers
            ? Checked(() => numbers.Aggregate(1m, (product, number) => product * number))
            : null;

    public static object? Mean(object?[] arguments, FeelEvaluationContext context) =>
        FeelArguments.Numbers(FeelArguments.ListOrItems(arguments)) is { Count: > 0 } numbers
            ? Checked(() => numbers.Sum() / numbers.Count)
            : null;

    public static object? Min(object?[] arguments, FeelEvaluationContext context) => Extreme(arguments, -1);

    public static object? Max(object?[] arguments, FeelEvaluationContext context) => Extreme(arguments, 1);

    public static object? All(object?[] arguments, FeelEvaluationContext context) => Logical(arguments, all: true);

    public static object? Any(object?[] arguments, FeelEvaluationContext context) => Logical(arguments, all: false);

    // min and max compare any ordered values of one type (numbers, strings, dates, durations).
    private static object? Extreme(object?[] arguments, int sign)
    {
        var items = FeelArguments.ListOrItems(arguments);
        if (items.Count == 0)
        {
            return null;
        }

        var best = items[0];
        for (var i = 1; i < items.Count; i++)
        {
            if (FeelComparison.Compare(items[i], best) is not { } order)
            {
                return null;
            }

            if (order * sign > 0)
            {
                best = items[i];
            }
        }

        return FeelComparison.Compare(best, best) is null ? null : best;
    }

    private static object? Logical(object?[] arguments, bool all)
    {
        var items = FeelArguments.ListOrItems(arguments);
        var unknown = false;
        foreach (var item in items)
        {
            if (item is bool value)
            {
                if (value != all)
                {
                    return FeelBooleans.Box(!all);
                }
            }
            else
            {
                unknown = true;
            }
        }

        return unknown ? null : FeelBooleans.Box(all);
    }

    private static object? Checked(Func<decimal> compute)
    {
        try
        {
            return compute();
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
