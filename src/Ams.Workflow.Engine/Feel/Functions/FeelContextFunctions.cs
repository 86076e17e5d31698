namespace Ams.Workflow.Engine.Feel.Functions;

/// <summary>The context functions of Camunda's FEEL: <c>get value</c>, <c>context put</c>, <c>context merge</c>, <c>get entries</c>.</summary>
internal static class FeelContextFunctions
{
    /// <summary><c>get value(context, key)</c>, or a list of keys for a nested path.</summary>
    public static object? GetValue(object?[] arguments, FeelEvaluationContext context)
    {
        object? value = arguments[0];
        foreach (var key in Keys(arguments[1]) ?? [])
        {
            if (value is not IReadOnlyDictionary<string, object?> entries || !entries.TryGetValue(key, out value))
            {
                return null;
            }
        }

        return Keys(arguments[1]) is null ? null : value;
    }

    /// <summary><c>context put(context, key, value)</c>, or a list of keys that puts into nested contexts.</summary>
    public static object? ContextPut(object?[] arguments, FeelEvaluationContext context) =>
        arguments[0] is IReadOnlyDictionary<string, object?> entries && Keys(arguments[1]) is { Count: > 0 } keys
            ? Put(entries, keys, 0, arguments[2])
            : null;

    /// <summary><c>context merge(contexts)</c>: later entries win.</summary>
    public static object? ContextMerge(object?[] arguments, FeelEvaluationContext context)
    {
        var merged = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var item in FeelArguments.ListOrItems(arguments))
        {
            if (item is not IReadOnlyDictionary<string, object?> entries)
            {
                return null;
            }

            foreach (var (key, value) in entries)
            {
                merged[key] = value;
            }
        }

        return merged;
    }

    /// <summary><c>get entries(context)</c>: a list of <c>{key, value}</c> contexts.</summary>
    public static object? GetEntries(object?[] arguments, FeelEvaluationContext context) =>
        arguments[0] is IReadOnlyDictionary<string, object?> entries
            ? entries.Select(entry => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["key"] = entry.Key,
                ["value"] = entry.Value,
            }).ToArray()
            : null;

    private static List<string>? Keys(object? keys) => keys switch
    {
        string key => [key],
        IReadOnlyList<object?> list when list.All(item => item is string) => list.Cast<string>().ToList(),
        _ => null,
    };

    private static Dictionary<string, object?> Put(IReadOnlyDictionary<string, object?> entries, List<string> keys, int index, object? value)
    {
        var copy = new Dictionary<string, object?>(entries, StringComparer.Ordinal);
        copy[keys[index]] = index == keys.Count - 1
            ? value
            : Put(
                copy.TryGetValue(keys[index], out var inner) && inner is IReadOnlyDictionary<string, object?> nested
                    ? nested
                    : new Dictionary<string, object?>(StringComparer.Ordinal),
                keys,
                index + 1,
                value);
        return copy;
    }
}
