namespace Ams.Workflow.Engine.Feel;

/// <summary>
/// An immutable chain of local names: one bound name per link, plus the entries of a context item inside a filter
/// (<c>orders[amount &gt; 10]</c> reads <c>amount</c> of each order). The innermost binding wins.
/// </summary>
internal sealed class FeelLocals(FeelLocals? parent, string name, object? value, IReadOnlyDictionary<string, object?>? entries)
{
    private readonly FeelLocals? parent = parent;
    private readonly string name = name;
    private readonly object? value = value;
    private readonly IReadOnlyDictionary<string, object?>? entries = entries;

    public bool TryGet(string wanted, out object? found)
    {
        for (var link = this; link is not null; link = link.parent)
        {
            if (link.entries is not null && link.entries.TryGetValue(wanted, out found))
            {
                return true;
            }

            if (string.Equals(link.name, wanted, StringComparison.Ordinal))
            {
                found = link.value;
                return true;
            }
        }

        found = null;
        return false;
    }
}
