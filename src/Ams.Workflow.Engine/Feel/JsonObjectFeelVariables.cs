using System.Text.Json.Nodes;

namespace Ams.Workflow.Engine.Feel;

/// <summary>FEEL variables read from the properties of a JSON object.</summary>
public sealed class JsonObjectFeelVariables : IFeelVariables
{
    private readonly JsonObject variables;

    /// <summary>Creates variables backed by <paramref name="variables"/>; the object is read, never copied or changed.</summary>
    /// <param name="variables">The JSON object whose properties are the variables.</param>
    public JsonObjectFeelVariables(JsonObject variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        this.variables = variables;
    }

    /// <inheritdoc />
    public bool TryGetVariable(string name, out JsonNode? value) => variables.TryGetPropertyValue(name, out value);
}
