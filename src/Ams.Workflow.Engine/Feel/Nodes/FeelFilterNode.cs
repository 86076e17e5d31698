namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>
/// <c>list[filter]</c>, as Camunda: the filter is evaluated with <c>item</c> (and a context item's entries) bound;
/// when it gives a number for the first item, that number is a 1-based index (negative from the end, out of range
/// is null); otherwise the items for which it is true are kept.
/// </summary>
internal sealed class FeelFilterNode(int position, FeelNode target, FeelNode filter) : FeelNode(position, DepthOf(target, filter))
{
    public override object? Evaluate(in FeelEvaluationScope scope)
    {
        if (target.Evaluate(scope) is not IReadOnlyList<object?> list)
        {
            return null;
        }

        if (list.Count == 0)
        {
            return Array.Empty<object?>();
        }

        var first = filter.Evaluate(scope.WithItem(list[0]));
        if (first is decimal index)
        {
            return ItemAt(list, index);
        }

        scope.Budget?.Spend(list.Count);
        var kept = new List<object?>();
        if (first is true)
        {
            kept.Add(list[0]);
        }

        for (var i = 1; i < list.Count; i++)
        {
            if (filter.Evaluate(scope.WithItem(list[i])) is true)
            {
                kept.Add(list[i]);
            }
        }

        return kept;
    }

    private static object? ItemAt(IReadOnlyList<object?> list, decimal index)
    {
        if (decimal.Truncate(index) != index || Math.Abs(index) > list.Count || index == 0)
        {
            return null;
        }

        return index > 0 ? list[(int)index - 1] : list[list.Count + (int)index];
    }
}
