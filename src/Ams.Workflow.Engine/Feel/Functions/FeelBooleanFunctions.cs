namespace Ams.Workflow.Engine.Feel.Functions;

/// <summary><c>not()</c> and <c>get or else()</c>.</summary>
internal static class FeelBooleanFunctions
{
    /// <summary>Negates a boolean; anything else, null included, gives null.</summary>
    public static object? Not(object?[] arguments, FeelEvaluationContext context) =>
        arguments[0] is bool value ? FeelBooleans.Box(!value) : null;

    /// <summary><c>get or else(value, default)</c>: the value, or the default when the value is null.</summary>
    public static object? GetOrElse(object?[] arguments, FeelEvaluationContext context) => arguments[0] ?? arguments[1];
}
