using Ams.Workflow.Engine.Feel.Functions;
using Ams.Workflow.Engine.Feel.Nodes;

namespace Ams.Workflow.Engine.Feel;

/// <summary>Puts named arguments (<c>sort(list: xs, precedes: f)</c>) in the order of the function's parameters.</summary>
internal static class FeelNamedArguments
{
    public static List<FeelNode> InOrder(FeelFunction function, Dictionary<string, FeelNode> named, int position)
    {
        foreach (var name in named.Keys)
        {
            if (!function.Parameters.Contains(name))
            {
                throw new FeelSyntaxException(
                    $"The function '{function.Name}' at position {position} has no parameter '{name}': its parameters are {string.Join(", ", function.Parameters)}.",
                    position);
            }
        }

        var arguments = new List<FeelNode>();
        foreach (var parameter in function.Parameters)
        {
            if (!named.TryGetValue(parameter, out var argument))
            {
                break;
            }

            arguments.Add(argument);
        }

        if (arguments.Count != named.Count)
        {
            throw new FeelSyntaxException(
                $"The named arguments of '{function.Name}' at position {position} leave out a parameter before the last one given.", position);
        }

        return arguments;
    }
}
