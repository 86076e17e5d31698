using Ams.Web.Infrastructure.Localization;
using System.Text.Json.Nodes;

namespace Ams.Web.Operations.Forms;

/// <summary>
/// One field of a form and the rules the server holds a submitted value to. A read-only or disabled field only shows a
/// value; it never takes one from the person completing the task.
/// </summary>
public sealed record FormField(string Key, string Type, bool Required, IReadOnlyList<string> AllowedValues, int? MaxLength, bool Writable = true)
{
    /// <summary>Reads a form-js component.</summary>
    public static FormField From(string key, JsonObject component)
    {
        ArgumentNullException.ThrowIfNull(component);
        var validate = component["validate"] as JsonObject;
        var values = (component["values"] as JsonArray)?.OfType<JsonObject>()
            .Select(v => v["value"]?.ToString()).OfType<string>().ToList() ?? [];
        return new FormField(
            key,
            component["type"]?.GetValue<string>() ?? "textfield",
            validate?["required"]?.GetValue<bool>() ?? false,
            values,
            validate?["maxLength"]?.GetValue<int>(),
            !IsSet(component["readonly"]) && !IsSet(component["disabled"]));
    }

    /// <summary>A flag that is true, or a FEEL expression that may make it so.</summary>
    private static bool IsSet(JsonNode? flag) =>
        flag is JsonValue value && (value.TryGetValue<bool>(out var on) ? on : value.TryGetValue<string>(out var expression) && expression.Length > 0);

    /// <summary>What is wrong with <paramref name="value"/> in the reader's language, or null.</summary>
    public string? Check(JsonNode? value)
    {
        var missing = value is null || (value is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s));
        if (missing)
        {
            return Required ? Texts.Get("fieldRequired") : null;
        }

        return Type switch
        {
            "number" when value is not JsonValue number || !number.TryGetValue<decimal>(out _) => Texts.Get("numberExpected"),
            "checkbox" when value is not JsonValue flag || !flag.TryGetValue<bool>(out _) => Texts.Get("trueOrFalseExpected"),
            "textfield" or "textarea" or "radio" or "select" when value is not JsonValue text || !text.TryGetValue<string>(out _) => Texts.Get("textExpected"),
            _ when AllowedValues.Count > 0 && !AllowedValues.Contains(value!.ToString()) => Texts.Format("oneOfExpected", string.Join(", ", AllowedValues)),
            _ when MaxLength is { } max && value!.ToString().Length > max => Texts.Format("atMostCharacters", max),
            _ => null,
        };
    }
}
