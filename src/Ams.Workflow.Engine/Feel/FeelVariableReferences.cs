namespace Ams.Workflow.Engine.Feel;

/// <summary>The variable references met while parsing, in source order, and the set of root variable names.</summary>
internal sealed class FeelVariableReferences
{
    private readonly List<(string Name, int Position)> references = [];
    private readonly HashSet<string> rootVariables = new(StringComparer.Ordinal);

    public IReadOnlySet<string> RootVariables => rootVariables;

    /// <summary>A bookmark: references added after it belong to whatever is parsed next.</summary>
    public int Count => references.Count;

    public void Add(string name, int position)
    {
        references.Add((name, position));
        rootVariables.Add(name);
    }

    /// <summary>
    /// Refuses a context entry whose value reads an earlier entry of the same context: FEEL would bind the
    /// earlier entry, and this subset does not, so the expression would silently mean something else.
    /// </summary>
    public void RejectReferencesToEarlierEntries(string key, List<string> earlierKeys, int since)
    {
        for (var i = since; i < references.Count; i++)
        {
            var (name, position) = references[i];
            if (earlierKeys.Contains(name))
            {
                throw new FeelSyntaxException(
                    $"The context entry '{key}' refers to the earlier entry '{name}' at position {position}: references between context entries are not supported.",
                    position);
            }
        }
    }
}
