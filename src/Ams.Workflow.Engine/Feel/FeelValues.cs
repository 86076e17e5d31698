using System.Globalization;
using System.Text.Json.Nodes;

namespace Ams.Workflow.Engine.Feel;

/// <summary>Conversions between JSON variables and FEEL values.</summary>
public static class FeelValues
{
    /// <summary>Converts JSON to a FEEL value.</summary>
    public static object? FromJson(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    /// <summary>Converts a FEEL value to JSON.</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null => null,
        bool b => JsonValue.Create(b),
        decimal d => JsonValue.Create(d),
        string s => JsonValue.Create(s),
        _ => JsonValue.Create(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>True only for boolean true.</summary>
    public static bool IsTruthy(object? value) => value is true;

    /// <summary>Text form for correlation keys and job types.</summary>
    public static string? ToText(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
