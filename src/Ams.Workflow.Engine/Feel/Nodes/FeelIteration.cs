namespace Ams.Workflow.Engine.Feel.Nodes;

/// <summary>
/// One <c>name in source</c> of a <c>for</c> or a quantifier. The source is a list, a range value, or
/// <c>a..b</c> (<paramref name="end"/> set): the whole numbers from a to b, counting down when b &lt; a.
/// </summary>
internal sealed class FeelIteration(string name, FeelNode source, FeelNode? end)
{
    public string Name { get; } = name;

    public int Depth => end is null ? source.Depth : Math.Max(source.Depth, end.Depth);

    /// <summary>The items to iterate, or null when the source is neither a list nor a whole-number range.</summary>
    public IReadOnlyList<object?>? Items(in FeelEvaluationScope scope)
    {
        var start = source.Evaluate(scope);
        if (end is null)
        {
            return start switch
            {
                IReadOnlyList<object?> list => list,
                FeelRange { Start: decimal from, End: decimal to } range =>
                    Count(range.StartIncluded ? from : from + 1, range.EndIncluded ? to : to - 1),
                _ => null,
            };
        }

        return start is decimal first && end.Evaluate(scope) is decimal last ? Count(first, last) : null;
    }

    private static object?[]? Count(decimal from, decimal to)
    {
        if (decimal.Truncate(from) != from || decimal.Truncate(to) != to)
        {
            return null;
        }

        var length = Math.Abs(to - from) + 1;
        FeelLimits.CheckListLength((long)Math.Min(length, long.MaxValue), "The range of a loop");
        var step = to >= from ? 1 : -1;
        var items = new object?[(int)length];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = from + (i * step);
        }

        return items;
    }
}
