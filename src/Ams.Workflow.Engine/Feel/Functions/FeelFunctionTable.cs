using System.Collections.Frozen;

namespace Ams.Workflow.Engine.Feel.Functions;

/// <summary>The built-in functions of the subset, by FEEL name, with Camunda's parameter names.</summary>
internal static class FeelFunctionTable
{
    /// <summary>The name of <c>is defined</c>, which the parser turns into its own node because it needs the unevaluated argument.</summary>
    public const string IsDefined = "is defined";

    private static readonly FrozenDictionary<string, FeelFunction> Functions = new FeelFunction[]
    {
        // Temporal: https://docs.camunda.io/docs/components/modeler/feel/builtin-functions/feel-built-in-functions-temporal/
        new("now", [], [0], FeelTemporalFunctions.Now),
        new("today", [], [0], FeelTemporalFunctions.Today),
        new("date", ["from"], [1, 3], FeelTemporalFunctions.Date),
        new("date and time", ["from"], [1], FeelTemporalFunctions.DateAndTime),
        new("duration", ["from"], [1], FeelTemporalFunctions.Duration),
        new("years and months duration", ["from", "to"], [2], FeelTemporalFunctions.YearsAndMonthsDuration),
        new("day of week", ["date"], [1], FeelTemporalFunctions.DayOfWeek),
        new("day of year", ["date"], [1], FeelTemporalFunctions.DayOfYear),
        new("month of year", ["date"], [1], FeelTemporalFunctions.MonthOfYear),

        // Conversion and string: .../feel-built-in-functions-conversion/ and .../feel-built-in-functions-string/
        new("string", ["from"], [1], FeelTextFunctions.String),
        new("number", ["from"], [1], FeelTextFunctions.Number),
        new("contains", ["string", "match"], [2], FeelTextFunctions.Contains),
        new("starts with", ["string", "match"], [2], FeelTextFunctions.StartsWith),
        new("ends with", ["string", "match"], [2], FeelTextFunctions.EndsWith),
        new("upper case", ["string"], [1], FeelTextFunctions.UpperCase),
        new("lower case", ["string"], [1], FeelTextFunctions.LowerCase),
        new("string length", ["string"], [1], FeelTextFunctions.StringLength),
        new("trim", ["string"], [1], FeelTextFunctions.Trim),
        new("substring", ["string", "start position", "length"], [2, 3], FeelTextFunctions.Substring),
        new("substring before", ["string", "match"], [2], FeelTextFunctions.SubstringBefore),
        new("substring after", ["string", "match"], [2], FeelTextFunctions.SubstringAfter),
        new("matches", ["input", "pattern", "flags"], [2, 3], FeelTextFunctions.Matches),
        new("replace", ["input", "pattern", "replacement", "flags"], [3, 4], FeelTextFunctions.Replace),
        new("split", ["string", "delimiter"], [2], FeelTextFunctions.Split),
        new("string join", ["list", "delimiter", "prefix", "suffix"], [1, 2, 4], FeelTextFunctions.StringJoin),

        // List: .../feel-built-in-functions-list/
        new("count", ["list"], [1], FeelListFunctions.Count),
        new("list contains", ["list", "element"], [2], FeelListFunctions.ListContains),
        new("append", ["list", "items"], [], FeelListFunctions.Append, variadicFrom: 1),
        new("concatenate", ["lists"], [], FeelListFunctions.Concatenate, variadicFrom: 1),
        new("distinct values", ["list"], [1], FeelListFunctions.DistinctValues),
        new("flatten", ["list"], [1], FeelListFunctions.Flatten),
        new("reverse", ["list"], [1], FeelListFunctions.Reverse),
        new("index of", ["list", "match"], [2], FeelListFunctions.IndexOf),
        new("sublist", ["list", "start position", "length"], [2, 3], FeelListFunctions.Sublist),
        new("sort", ["list", "precedes"], [2], FeelListFunctions.Sort),
        new("sum", ["list"], [], FeelAggregateFunctions.Sum, variadicFrom: 1),
        new("product", ["list"], [], FeelAggregateFunctions.Product, variadicFrom: 1),
        new("mean", ["list"], [], FeelAggregateFunctions.Mean, variadicFrom: 1),
        new("min", ["list"], [], FeelAggregateFunctions.Min, variadicFrom: 1),
        new("max", ["list"], [], FeelAggregateFunctions.Max, variadicFrom: 1),
        new("all", ["list"], [], FeelAggregateFunctions.All, variadicFrom: 1),
        new("any", ["list"], [], FeelAggregateFunctions.Any, variadicFrom: 1),

        // Number: .../feel-built-in-functions-numeric/
        new("floor", ["n", "scale"], [1, 2], FeelNumberFunctions.Floor),
        new("ceiling", ["n", "scale"], [1, 2], FeelNumberFunctions.Ceiling),
        new("round up", ["n", "scale"], [1, 2], FeelNumberFunctions.RoundUp),
        new("round down", ["n", "scale"], [1, 2], FeelNumberFunctions.RoundDown),
        new("round half up", ["n", "scale"], [1, 2], FeelNumberFunctions.RoundHalfUp),
        new("round half down", ["n", "scale"], [1, 2], FeelNumberFunctions.RoundHalfDown),
        new("decimal", ["n", "scale"], [2], FeelNumberFunctions.Decimal),
        new("abs", ["n"], [1], FeelNumberFunctions.Abs),
        new("modulo", ["dividend", "divisor"], [2], FeelNumberFunctions.Modulo),
        new("odd", ["number"], [1], FeelNumberFunctions.Odd),
        new("even", ["number"], [1], FeelNumberFunctions.Even),

        // Context: .../feel-built-in-functions-context/
        new("get value", ["context", "key"], [2], FeelContextFunctions.GetValue),
        new("context put", ["context", "key", "value"], [3], FeelContextFunctions.ContextPut),
        new("context merge", ["contexts"], [], FeelContextFunctions.ContextMerge, variadicFrom: 1),
        new("get entries", ["context"], [1], FeelContextFunctions.GetEntries),

        // Boolean: .../feel-built-in-functions-boolean/
        new(IsDefined, ["value"], [1], static (_, _) => null),
        new("not", ["negand"], [1], FeelBooleanFunctions.Not),
        new("get or else", ["value", "default"], [2], FeelBooleanFunctions.GetOrElse),
    }.ToFrozenDictionary(function => function.Name, StringComparer.Ordinal);

    /// <summary>The supported functions as a sentence fragment for error messages.</summary>
    public static string SupportedList { get; } =
        string.Join(", ", Functions.Keys.Order(StringComparer.Ordinal).Select(name => name + "()")) + " (see docs/feel.md)";

    public static bool TryGet(string name, out FeelFunction function) => Functions.TryGetValue(name, out function!);
}
