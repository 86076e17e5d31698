using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Feel;

namespace Ams.Workflow.Engine.Dmn;

/// <summary>The variables a decision reads: the required decisions' results over the caller's variables.</summary>
internal sealed class DecisionVariables(IFeelVariables variables, IReadOnlyDictionary<string, JsonNode?> requiredResults) : IFeelVariables
{
    public bool TryGetVariable(string name, out JsonNode? value) =>
        requiredResults.TryGetValue(name, out value) || variables.TryGetVariable(name, out value);
}
