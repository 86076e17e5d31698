using System.Text.Json.Nodes;

namespace Ams.Web.Operations.Designer;

/// <summary>The JSON shapes of a Camunda 8 element template and its properties, as this host writes them.</summary>
internal static class TemplateJson
{
    private const string Schema = "https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json";

    /// <summary>The one group every visible field of this host's templates is in.</summary>
    public const string Group = "ams";

    /// <summary>A template of version <see cref="ElementTemplates.Version"/> in the AMS category.</summary>
    public static JsonObject Template(string id, string name, string description, string[] appliesTo, string elementType, JsonArray properties) => new()
    {
        ["$schema"] = Schema,
        ["id"] = id,
        ["name"] = name,
        ["description"] = description,
        ["version"] = ElementTemplates.Version,
        ["category"] = new JsonObject { ["id"] = "ams", ["name"] = "AMS" },
        ["appliesTo"] = new JsonArray([.. appliesTo.Select(type => JsonValue.Create(type))]),
        ["elementType"] = new JsonObject { ["value"] = elementType },
        ["groups"] = new JsonArray(new JsonObject { ["id"] = Group, ["label"] = "AMS" }),
        ["properties"] = InGroup(properties),
    };

    /// <summary>A dropdown whose choices show their values.</summary>
    public static JsonObject Dropdown(string label, IReadOnlyList<string> values, string? preferred, JsonObject binding) =>
        Dropdown(label, [.. values.Select(value => (value, value))], preferred, binding);

    /// <summary>A required dropdown of (value, name) choices, set to <paramref name="preferred"/> when offered, else to the first choice.</summary>
    public static JsonObject Dropdown(string label, IReadOnlyList<(string Value, string Name)> choices, string? preferred, JsonObject binding)
    {
        var property = new JsonObject
        {
            ["label"] = label,
            ["type"] = "Dropdown",
            ["choices"] = new JsonArray([.. choices.Select(choice => new JsonObject { ["name"] = choice.Name, ["value"] = choice.Value })]),
            ["binding"] = binding,
        };
        var initial = preferred is not null && choices.Any(choice => choice.Value == preferred) ? preferred : choices.FirstOrDefault().Value;
        if (initial is not null)
        {
            property["value"] = initial;
        }

        property["constraints"] = new JsonObject { ["notEmpty"] = true };
        return property;
    }

    /// <summary>A FEEL field; <paramref name="feel"/> "optional" lets it hold a plain value (a role name as recipient) as well as an expression.</summary>
    public static JsonObject Feel(string label, string? value, JsonObject binding, bool required, string feel = "required")
    {
        var property = new JsonObject { ["label"] = label, ["type"] = "String", ["feel"] = feel, ["binding"] = binding };
        if (value is not null)
        {
            property["value"] = value;
        }

        if (required)
        {
            property["constraints"] = new JsonObject { ["notEmpty"] = true };
        }

        return property;
    }

    /// <summary>A required plain text field that must match <paramref name="pattern"/>.</summary>
    public static JsonObject Text(string label, string? value, JsonObject binding, string pattern, string patternMessage)
    {
        var property = new JsonObject
        {
            ["label"] = label,
            ["type"] = "String",
            ["binding"] = binding,
            ["constraints"] = new JsonObject { ["notEmpty"] = true, ["pattern"] = new JsonObject { ["value"] = pattern, ["message"] = patternMessage } },
        };
        if (value is not null)
        {
            property["value"] = value;
        }

        return property;
    }

    /// <summary>A yes/no checkbox.</summary>
    public static JsonObject Boolean(string label, string description, bool value, JsonObject binding) => new()
    {
        ["label"] = label,
        ["description"] = description,
        ["type"] = "Boolean",
        ["value"] = value,
        ["binding"] = binding,
    };

    /// <summary>A binding: <c>{ "type": type, key: value }</c>.</summary>
    public static JsonObject Binding(string type, string key, string value) => new() { ["type"] = type, [key] = value };

    // Every visible field in one group, so the panel shows them together instead of under "Custom properties".
    private static JsonArray InGroup(JsonArray properties)
    {
        foreach (var property in properties.Select(p => p!.AsObject()).Where(p => p["type"]!.GetValue<string>() != "Hidden"))
        {
            property["group"] = Group;
        }

        return properties;
    }
}
