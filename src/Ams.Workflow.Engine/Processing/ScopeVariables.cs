using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Feel;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// The variables an element sees: its own, then each enclosing scope's, then the process's.
/// Writes propagate outward to the nearest scope that already holds the variable, else to the process.
/// </summary>
internal sealed class ScopeVariables(ProcessInstance instance, Guid? elementInstanceKey) : IFeelVariables
{
    public bool TryGetVariable(string name, out JsonNode? value)
    {
        for (var key = elementInstanceKey; key is not null;)
        {
            var element = instance.Element(key.Value);
            if (element is null)
            {
                break;
            }

            if (element.Variables is not null && element.Variables.TryGetPropertyValue(name, out value))
            {
                return true;
            }

            key = element.ScopeKey;
        }

        return instance.Variables.TryGetPropertyValue(name, out value);
    }

    /// <summary>Sets a variable (or a dotted path) in the nearest scope that holds its root name, else in the process.</summary>
    public void Propagate(string path, JsonNode? value)
    {
        var root = RootName(path);
        for (var key = elementInstanceKey; key is not null;)
        {
            var element = instance.Element(key.Value);
            if (element is null)
            {
                break;
            }

            if (element.Variables is not null && element.Variables.ContainsKey(root))
            {
                SetPath(element.Variables, path, value);
                return;
            }

            key = element.ScopeKey;
        }

        SetPath(instance.Variables, path, value);
    }

    /// <summary>Every visible variable, inner scopes shadowing outer ones, as a fresh object.</summary>
    public JsonObject Snapshot()
    {
        var chain = new List<JsonObject> { instance.Variables };
        for (var key = elementInstanceKey; key is not null;)
        {
            var element = instance.Element(key.Value);
            if (element is null)
            {
                break;
            }

            if (element.Variables is not null)
            {
                chain.Insert(1, element.Variables);
            }

            key = element.ScopeKey;
        }

        var merged = new JsonObject();
        foreach (var scope in chain)
        {
            foreach (var (name, value) in scope)
            {
                merged[name] = value?.DeepClone();
            }
        }

        return merged;
    }

    public static void SetPath(JsonObject target, string path, JsonNode? value)
    {
        var segments = path.Split('.');
        var current = target;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (current[segments[i]] is not JsonObject next)
            {
                next = [];
                current[segments[i]] = next;
            }

            current = next;
        }

        current[segments[^1]] = value;
    }

    private static string RootName(string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? path : path[..dot];
    }
}
