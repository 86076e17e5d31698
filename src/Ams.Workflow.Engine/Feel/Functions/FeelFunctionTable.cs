using System.Collections.Frozen;

namespace Ams.Workflow.Engine.Feel.Functions;

/// <summary>The built-in functions of the subset, by FEEL name.</summary>
internal static class FeelFunctionTable
{
    /// <summary>The name of <c>is defined</c>, which the parser turns into its own node because it needs the unevaluated argument.</summary>
    public const string IsDefined = "is defined";

    private static readonly FrozenDictionary<string, FeelFunction> Functions = new FeelFunction[]
    {
        new("now", [0], FeelTemporalFunctions.Now),
        new("today", [0], FeelTemporalFunctions.Today),
        new("date", [1, 3], FeelTemporalFunctions.Date),
        new("date and time", [1], FeelTemporalFunctions.DateAndTime),
        new("duration", [1], FeelTemporalFunctions.Duration),
        new("string", [1], FeelTextFunctions.String),
        new("number", [1], FeelTextFunctions.Number),
        new("contains", [2], FeelTextFunctions.Contains),
        new("starts with", [2], FeelTextFunctions.StartsWith),
        new("upper case", [1], FeelTextFunctions.UpperCase),
        new("lower case", [1], FeelTextFunctions.LowerCase),
        new("count", [1], FeelListFunctions.Count),
        new(IsDefined, [1], static (_, _) => null),
        new("not", [1], FeelBooleanFunctions.Not),
    }.ToFrozenDictionary(function => function.Name, StringComparer.Ordinal);

    /// <summary>The supported functions as a sentence fragment for error messages.</summary>
    public static string SupportedList { get; } =
        "now(), today(), date(), date and time(), duration(), string(), number(), contains(), starts with(), "
        + "upper case(), lower case(), count(), is defined() and not()";

    public static bool TryGet(string name, out FeelFunction function) => Functions.TryGetValue(name, out function!);
}
