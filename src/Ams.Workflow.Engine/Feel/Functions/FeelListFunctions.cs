namespace Ams.Workflow.Engine.Feel.Functions;

/// <summary><c>count()</c>.</summary>
internal static class FeelListFunctions
{
    public static object? Count(object?[] arguments, FeelEvaluationContext context) =>
        arguments[0] is IReadOnlyList<object?> list ? (decimal)list.Count : null;
}
