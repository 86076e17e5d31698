using System.Text.Json.Nodes;

namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>
/// A variable with an optional member path (<c>a.b.c</c>). The path is followed in the JSON itself, so only
/// the value it ends on is converted; a missing member or a path through a non-object gives null.
/// </summary>
internal sealed class FeelVariableNode(int position, string name, string[] path) : FeelNode(position, 1)
{
    public string Name { get; } = name;

    public FeelVariableNode WithMember(string member) => new(Position, Name, [.. path, member]);

    public override object? Evaluate(in FeelEvaluationScope scope) =>
        TryResolve(scope.Variables, out var node) ? FeelValues.FromJson(node) : null;

    /// <summary>Whether the variable and every member of the path exist, even when the final value is null.</summary>
    public bool Exists(in FeelEvaluationScope scope) => TryResolve(scope.Variables, out _);

    private bool TryResolve(IFeelVariables variables, out JsonNode? node)
    {
        if (!variables.TryGetVariable(Name, out node))
        {
            return false;
        }

        foreach (var member in path)
        {
            if (node is not JsonObject json || !json.TryGetPropertyValue(member, out node))
            {
                node = null;
                return false;
            }
        }

        return true;
    }
}
