namespace Ams.Workflow.Engine.Feel.Functions;

/// <summary><c>not()</c>: negates a boolean; anything else, null included, gives null.</summary>
internal static class FeelBooleanFunctions
{
    public static object? Not(object?[] arguments, FeelEvaluationContext context) =>
        arguments[0] is bool value ? FeelBooleans.Box(!value) : null;
}
