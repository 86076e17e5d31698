using System.Text.Json.Nodes;

namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>
/// A variable with an optional member path (<c>a.b.c</c>). A local name (loop variable, <c>item</c>, an entry of a
/// filtered context, a function parameter) wins over a variable. Otherwise the path is followed in the JSON itself,
/// so only the value it ends on is converted; at a list the rest of the path is taken on every item.
/// </summary>
internal sealed class FeelVariableNode(int position, string name, string[] path) : FeelNode(position, 1)
{
    public string Name { get; } = name;

    public FeelVariableNode WithMember(string member) => new(Position, Name, [.. path, member]);

    public override object? Evaluate(in FeelEvaluationScope scope)
    {
        if (scope.Locals is not null && scope.Locals.TryGet(Name, out var local))
        {
            return FollowPath(local, 0);
        }

        if (!scope.Variables.TryGetVariable(Name, out var node))
        {
            return null;
        }

        for (var i = 0; i < path.Length; i++)
        {
            if (node is JsonArray)
            {
                return FollowPath(FeelValues.FromJson(node), i);
            }

            if (node is not JsonObject json || !json.TryGetPropertyValue(path[i], out node))
            {
                return null;
            }
        }

        return FeelValues.FromJson(node);
    }

    /// <summary>Whether the variable and every member of the path exist, even when the final value is null.</summary>
    public bool Exists(in FeelEvaluationScope scope)
    {
        if (scope.Locals is not null && scope.Locals.TryGet(Name, out var local))
        {
            return path.Length == 0 || FollowPath(local, 0) is not null;
        }

        if (!scope.Variables.TryGetVariable(Name, out var node))
        {
            return false;
        }

        foreach (var member in path)
        {
            if (node is not JsonObject json || !json.TryGetPropertyValue(member, out node))
            {
                return false;
            }
        }

        return true;
    }

    private object? FollowPath(object? value, int from)
    {
        for (var i = from; i < path.Length; i++)
        {
            value = FeelPath.Member(value, path[i]);
        }

        return value;
    }
}
