using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ams.Mail.Templates;

/// <summary>
/// Turns a JSON model into dictionaries, lists and primitives, the only values a template may see.
/// </summary>
internal static class JsonModelConverter
{
    public static object? ToPlainValue(JsonNode? node) =>
        node is null ? null : ToPlainValue(JsonSerializer.SerializeToElement(node));

    private static object? ToPlainValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject()
            .ToDictionary(p => p.Name, p => ToPlainValue(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlainValue).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetDecimal(out var d) ? d : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
