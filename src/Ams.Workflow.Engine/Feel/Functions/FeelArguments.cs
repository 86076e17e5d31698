namespace Ams.Workflow.Engine.Feel.Functions;

/// <summary>Reading the arguments of built-in functions the way Camunda does.</summary>
internal static class FeelArguments
{
    /// <summary>A whole number that fits an <see cref="int"/>, or null.</summary>
    public static int? Integer(object? value) =>
        value is decimal number && decimal.Truncate(number) == number && number is >= int.MinValue and <= int.MaxValue
            ? (int)number
            : null;

    /// <summary>
    /// The items of <c>f(list)</c> or <c>f(a, b, c)</c>: functions such as <c>sum</c>, <c>min</c> and <c>max</c> take both.
    /// </summary>
    public static IReadOnlyList<object?> ListOrItems(object?[] arguments) =>
        arguments is [IReadOnlyList<object?> list] ? list : arguments;

    /// <summary>The numbers of a list, or null when any item is not a number.</summary>
    public static List<decimal>? Numbers(IReadOnlyList<object?> items)
    {
        var numbers = new List<decimal>(items.Count);
        foreach (var item in items)
        {
            if (item is not decimal number)
            {
                return null;
            }

            numbers.Add(number);
        }

        return numbers;
    }

    /// <summary>A list built by a function, refused when it would exceed the list bound.</summary>
    public static List<object?> NewList(long length, string function)
    {
        FeelLimits.CheckListLength(length, $"The result of {function}()");
        return new List<object?>((int)length);
    }
}
