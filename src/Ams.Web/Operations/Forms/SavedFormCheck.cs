using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ams.Web.Operations.Forms;

/// <summary>
/// Checks a form-js schema an administrator saves: JSON, an object with a safe id, a key on every component that
/// carries a value, and whatever <see cref="FormSchema.Parse"/> refuses. Problems name the field.
/// </summary>
public static class SavedFormCheck
{
    private static readonly HashSet<string> ValueTypes = new(StringComparer.Ordinal)
    {
        "textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "taglist", "datetime", "expression", "filepicker",
    };

    /// <summary>The form's id when the schema is acceptable; otherwise the field and what is wrong with it.</summary>
    public static (string? Id, string? Field, string? Problem) Check(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return (null, "body", "The request has no form-js JSON.");
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            return (null, "body", $"The form is not valid JSON: {e.Message}");
        }

        if (root is not JsonObject form)
        {
            return (null, "body", "A form is a JSON object.");
        }

        var id = form["id"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        if (string.IsNullOrWhiteSpace(id))
        {
            return (null, "id", "A form needs an id.");
        }

        if (!Operations.Resources.ResourceIds.IsSafe(id))
        {
            return (null, "id", "A form id has only lower-case letters, digits and dashes (at most 64).");
        }

        if (form["components"] is not JsonArray components)
        {
            return (null, "components", "A form needs a components list.");
        }

        if (MissingKey(components, "components") is { } path)
        {
            return (null, path, "A field needs a key: the variable it fills.");
        }

        try
        {
            FormSchema.Parse(json);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return (null, "body", $"The form cannot be read: {e.Message}");
        }

        return (id, null, null);
    }

    private static string? MissingKey(JsonArray components, string path)
    {
        for (var i = 0; i < components.Count; i++)
        {
            if (components[i] is not JsonObject component)
            {
                return $"{path}[{i}]";
            }

            var type = component["type"] is JsonValue t && t.TryGetValue<string>(out var name) ? name : null;
            var hasKey = component["key"] is JsonValue k && k.TryGetValue<string>(out var key) && !string.IsNullOrWhiteSpace(key);
            if (type is not null && ValueTypes.Contains(type) && !hasKey)
            {
                return $"{path}[{i}].key";
            }

            if (component["components"] is JsonArray children && MissingKey(children, $"{path}[{i}].components") is { } inner)
            {
                return inner;
            }
        }

        return null;
    }
}
