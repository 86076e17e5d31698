using System.Text.Json.Nodes;

namespace Ams.Workflow.Engine.Feel;

/// <summary>The variables an expression can read.</summary>
public interface IFeelVariables
{
    /// <summary>Looks a root variable up by name.</summary>
    bool TryGetVariable(string name, out JsonNode? value);
}
