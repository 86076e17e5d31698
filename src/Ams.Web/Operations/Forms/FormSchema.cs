using Ams.Web.Infrastructure.Localization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ams.Web.Operations.Forms;

/// <summary>
/// The fields of a form-js form that the server enforces on submitted variables: required, allowed values,
/// maximum length, and the type a number, checkbox or text field implies.
/// </summary>
public sealed class FormSchema
{
    private readonly JsonObject json;

    private FormSchema(string id, IReadOnlyList<FormField> fields, JsonObject json)
    {
        Id = id;
        Fields = fields;
        this.json = json;
    }

    /// <summary>The form's id, which user tasks name as their form key.</summary>
    public string Id { get; }

    /// <summary>The fields that carry a value.</summary>
    public IReadOnlyList<FormField> Fields { get; }

    /// <summary>A copy of the form-js schema, for a page to render.</summary>
    public JsonObject ToJson() => json.DeepClone().AsObject();

    /// <summary>Reads a form-js schema.</summary>
    public static FormSchema Parse(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("A form is a JSON object.");
        var id = root["id"]?.GetValue<string>() ?? throw new JsonException("A form needs an id.");
        var fields = new List<FormField>();
        Collect(root["components"] as JsonArray, fields);
        return new FormSchema(id, fields, root);
    }

    /// <summary>
    /// Every problem with <paramref name="variables"/>, keyed by field: a value the form's rules refuse, and a value for
    /// anything that is not a field of the form (a crafted request may not set the process's other variables).
    /// </summary>
    public Dictionary<string, string[]> Validate(JsonObject? variables)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var field in Fields.Where(f => f.Writable))
        {
            if (field.Check(variables?[field.Key]) is { } problem)
            {
                errors[field.Key] = [problem];
            }
        }

        foreach (var (key, _) in variables ?? [])
        {
            if (!Fields.Any(f => f.Key == key))
            {
                errors[key] = [Texts.Format("notAFormField", key, Id)];
            }
        }

        return errors;
    }

    /// <summary>The submitted values of the fields a person may fill in; read-only and disabled fields keep the process's value.</summary>
    public JsonObject WritableValues(JsonObject variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var accepted = new JsonObject();
        foreach (var field in Fields.Where(f => f.Writable && variables.ContainsKey(f.Key)))
        {
            accepted[field.Key] = variables[field.Key]?.DeepClone();
        }

        return accepted;
    }

    /// <summary>Whether the form has a field with this key.</summary>
    public bool Has(string key) => Fields.Any(f => f.Key == key);

    private static void Collect(JsonArray? components, List<FormField> fields)
    {
        foreach (var component in components?.OfType<JsonObject>() ?? [])
        {
            if (component["key"]?.GetValue<string>() is { Length: > 0 } key)
            {
                fields.Add(FormField.From(key, component));
            }

            Collect(component["components"] as JsonArray, fields);
        }
    }
}
