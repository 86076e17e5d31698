namespace Ams.Workflow.Engine.Feel.Functions;

/// <summary><c>string()</c>, <c>number()</c>, <c>contains()</c>, <c>starts with()</c>, <c>upper case()</c> and <c>lower case()</c>.</summary>
internal static class FeelTextFunctions
{
    public static object? String(object?[] arguments, FeelEvaluationContext context)
    {
        var text = FeelValues.ToText(arguments[0]);
        if (text is { Length: > FeelLimits.MaxStringLength })
        {
            throw new FeelEvaluationException(
                $"string() would produce {text.Length} characters; at most {FeelLimits.MaxStringLength} are allowed.");
        }

        return text;
    }

    public static object? Number(object?[] arguments, FeelEvaluationContext context) => arguments[0] switch
    {
        string text => FeelNumberText.Parse(text),
        decimal number => number,
        _ => null,
    };

    public static object? Contains(object?[] arguments, FeelEvaluationContext context) =>
        arguments is [string text, string match] ? FeelBooleans.Box(text.Contains(match, StringComparison.Ordinal)) : null;

    public static object? StartsWith(object?[] arguments, FeelEvaluationContext context) =>
        arguments is [string text, string match] ? FeelBooleans.Box(text.StartsWith(match, StringComparison.Ordinal)) : null;

    public static object? UpperCase(object?[] arguments, FeelEvaluationContext context) =>
        arguments[0] is string text ? text.ToUpperInvariant() : null;

    public static object? LowerCase(object?[] arguments, FeelEvaluationContext context) =>
        arguments[0] is string text ? text.ToLowerInvariant() : null;
}
