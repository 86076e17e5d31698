using System.Text;
using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// How deep and how large variables are, against the limits that keep every value writable by the stores (their JSON
/// reader and writer stop at 64 levels, and the instance's own structure takes a few) and an instance's memory small.
/// </summary>
internal static class VariableSize
{
    /// <summary>The deepest a variable's value may nest.</summary>
    public const int MaxDepth = 32;

    /// <summary>Why these variables may not enter an instance in one command, or null when they may.</summary>
    public static string? RefusalOf(JsonObject? variables, WorkflowEngineOptions options)
    {
        if (variables is null || variables.Count == 0)
        {
            return null;
        }

        if (variables.FirstOrDefault(v => DepthOf(v.Value) > MaxDepth) is { Key: { } deep })
        {
            return $"Variable '{deep}' nests more than {MaxDepth} levels deep.";
        }

        var bytes = BytesOf(variables);
        return bytes > options.MaxCommandVariablesBytes
            ? $"The variables of one command take {bytes} bytes, more than the {options.MaxCommandVariablesBytes} allowed."
            : null;
    }

    /// <summary>Why the instance's variables are too large to keep, or null when they fit.</summary>
    public static string? RefusalOf(ProcessInstance instance, WorkflowEngineOptions options)
    {
        var bytes = BytesOf(instance);
        return bytes > options.MaxInstanceVariablesBytes
            ? $"The instance's variables would take {bytes} bytes, more than the {options.MaxInstanceVariablesBytes} allowed."
            : null;
    }

    /// <summary>How many levels a value nests (a scalar is 0); stops counting past <see cref="MaxDepth"/>.</summary>
    public static int DepthOf(JsonNode? node)
    {
        var deepest = 0;
        var pending = new Stack<(JsonNode Node, int Depth)>();
        if (node is not null)
        {
            pending.Push((node, 0));
        }

        while (pending.TryPop(out var item) && deepest <= MaxDepth)
        {
            IEnumerable<JsonNode?> children = item.Node switch
            {
                JsonObject json => json.Select(p => p.Value),
                JsonArray json => json,
                _ => [],
            };
            foreach (var child in children)
            {
                deepest = Math.Max(deepest, item.Depth + 1);
                if (child is JsonObject or JsonArray)
                {
                    pending.Push((child, item.Depth + 1));
                }
            }
        }

        return deepest;
    }

    /// <summary>The UTF-8 size of a value's JSON.</summary>
    public static long BytesOf(JsonNode? node) => node is null ? 4 : Encoding.UTF8.GetByteCount(node.ToJsonString());

    /// <summary>The size of every variable an instance holds, in all its scopes.</summary>
    public static long BytesOf(ProcessInstance instance) =>
        BytesOf(instance.Variables) + instance.Elements.Sum(e => e.Variables is null ? 0 : BytesOf(e.Variables));
}
