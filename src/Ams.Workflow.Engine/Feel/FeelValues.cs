using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ams.Workflow.Engine.Feel;

/// <summary>
/// Converts between JSON variables and FEEL values. FEEL values are: <see langword="null"/>, <see cref="bool"/>,
/// <see cref="decimal"/>, <see cref="string"/>, <see cref="IReadOnlyList{T}"/> of values (lists),
/// <see cref="IReadOnlyDictionary{TKey, TValue}"/> of values (contexts), <see cref="DateOnly"/>,
/// <see cref="DateTimeOffset"/> (zoned date-times), <see cref="DateTime"/> (local date-times, no zone),
/// <see cref="TimeSpan"/> (days-and-time durations), <see cref="FeelYearsMonthsDuration"/>, <see cref="FeelRange"/>
/// and <see cref="FeelFunctionValue"/>.
/// </summary>
public static class FeelValues
{
    /// <summary>Converts a JSON value to a FEEL value; a number too large for <see cref="decimal"/> becomes null.</summary>
    /// <param name="node">The JSON value; <see langword="null"/> for a JSON null.</param>
    /// <returns>The FEEL value.</returns>
    /// <exception cref="FeelEvaluationException">An array is longer than 100,000 items or the JSON is nested too deeply.</exception>
    public static object? FromJson(JsonNode? node) => FromJson(node, 0);

    /// <summary>
    /// Converts a FEEL value to JSON; dates, date-times and durations become ISO 8601 strings (a local date-time
    /// without a zone), ranges and functions become null.
    /// </summary>
    /// <param name="value">The FEEL value.</param>
    /// <returns>The JSON value; <see langword="null"/> for a FEEL null.</returns>
    /// <exception cref="ArgumentException">The value is not a FEEL value.</exception>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        bool boolean => JsonValue.Create(boolean),
        decimal number => JsonValue.Create(number),
        string text => JsonValue.Create(text),
        DateOnly date => JsonValue.Create(FeelTemporalText.Format(date)),
        DateTimeOffset dateTime => JsonValue.Create(FeelTemporalText.Format(dateTime)),
        DateTime local => JsonValue.Create(FeelTemporalText.Format(local)),
        TimeSpan duration => JsonValue.Create(FeelDurationText.Format(duration)),
        FeelYearsMonthsDuration duration => JsonValue.Create(FeelDurationText.Format(duration)),
        FeelRange or FeelFunctionValue => null,
        IReadOnlyDictionary<string, object?> context => ContextToJson(context),
        IReadOnlyList<object?> list => ListToJson(list),
        _ => throw new ArgumentException($"A value of type {value.GetType().Name} is not a FEEL value.", nameof(value)),
    };

    /// <summary>Whether a value counts as a satisfied condition: only boolean <see langword="true"/> does.</summary>
    /// <param name="value">The FEEL value.</param>
    /// <returns><see langword="true"/> only for boolean true.</returns>
    public static bool IsTruthy(object? value) => value is true;

    /// <summary>
    /// Text for correlation keys, job types and the like: a string as is, a number as invariant text (<c>1</c>, <c>1.5</c>),
    /// a boolean as <c>true</c>/<c>false</c>, dates and durations as ISO 8601, lists and contexts as JSON, null as null.
    /// </summary>
    /// <param name="value">The FEEL value.</param>
    /// <returns>The text, or <see langword="null"/> for a FEEL null.</returns>
    public static string? ToText(object? value) => value switch
    {
        null => null,
        string text => text,
        bool boolean => boolean ? "true" : "false",
        decimal number => FeelNumberText.Format(number),
        DateOnly date => FeelTemporalText.Format(date),
        DateTimeOffset dateTime => FeelTemporalText.Format(dateTime),
        DateTime local => FeelTemporalText.Format(local),
        TimeSpan duration => FeelDurationText.Format(duration),
        FeelYearsMonthsDuration duration => FeelDurationText.Format(duration),
        FeelRange or FeelFunctionValue => value.ToString(),
        _ => ToJson(value)?.ToJsonString(),
    };

    internal static object? FromJson(JsonNode? node, int depth)
    {
        if (depth > FeelLimits.MaxJsonDepth)
        {
            throw new FeelEvaluationException($"A variable is nested more than {FeelLimits.MaxJsonDepth} levels deep.");
        }

        return node switch
        {
            null => null,
            JsonObject json => ContextFromJson(json, depth),
            JsonArray json => ListFromJson(json, depth),
            JsonValue json => ValueFromJson(json),
            _ => null,
        };
    }

    private static Dictionary<string, object?> ContextFromJson(JsonObject json, int depth)
    {
        var context = new Dictionary<string, object?>(json.Count, StringComparer.Ordinal);
        foreach (var (name, member) in json)
        {
            context[name] = FromJson(member, depth + 1);
        }

        return context;
    }

    private static List<object?> ListFromJson(JsonArray json, int depth)
    {
        if (json.Count > FeelLimits.MaxListLength)
        {
            throw new FeelEvaluationException($"A list variable has {json.Count} items; at most {FeelLimits.MaxListLength} are allowed.");
        }

        var list = new List<object?>(json.Count);
        foreach (var item in json)
        {
            list.Add(FromJson(item, depth + 1));
        }

        return list;
    }

    private static object? ValueFromJson(JsonValue json) => json.GetValueKind() switch
    {
        JsonValueKind.True => FeelBooleans.True,
        JsonValueKind.False => FeelBooleans.False,
        JsonValueKind.String => json.TryGetValue<string>(out var text) ? text : TextFromJson(json),
        JsonValueKind.Number => NumberFromJson(json),
        _ => null,
    };

    // A string kept as another CLR type (a Guid, a DateTime, a char): read it back from its JSON text.
    private static string? TextFromJson(JsonValue json)
    {
        using var document = JsonDocument.Parse(json.ToJsonString());
        return document.RootElement.GetString();
    }

    private static object? NumberFromJson(JsonValue json)
    {
        if (json.TryGetValue<decimal>(out var number))
        {
            return number;
        }

        if (json.TryGetValue<long>(out var integer))
        {
            return (decimal)integer;
        }

        if (json.TryGetValue<int>(out var small))
        {
            return (decimal)small;
        }

        return FeelNumberText.Parse(json.ToJsonString());
    }

    private static JsonObject ContextToJson(IReadOnlyDictionary<string, object?> context)
    {
        var json = new JsonObject();
        foreach (var (name, member) in context)
        {
            json[name] = ToJson(member);
        }

        return json;
    }

    private static JsonArray ListToJson(IReadOnlyList<object?> list)
    {
        var json = new JsonArray();
        foreach (var item in list)
        {
            json.Add(ToJson(item));
        }

        return json;
    }
}
