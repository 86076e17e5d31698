using System.Text.Json.Nodes;

namespace Ams.Workflow.Engine.Feel;

/// <summary>The variables a FEEL expression can read, as JSON.</summary>
public interface IFeelVariables
{
    /// <summary>Looks up a variable by its exact name.</summary>
    /// <param name="name">The variable name.</param>
    /// <param name="value">The JSON value; <see langword="null"/> for a JSON null.</param>
    /// <returns><see langword="true"/> when the variable exists, even if its value is null.</returns>
    bool TryGetVariable(string name, out JsonNode? value);
}
