namespace Ams.Workflow.Engine.Feel.Functions;

/// <summary>The list functions of Camunda's FEEL that change or search a list.</summary>
internal static class FeelListFunctions
{
    public static object? Count(object?[] arguments, FeelEvaluationContext context) =>
        arguments[0] is IReadOnlyList<object?> list ? (decimal)list.Count : null;

    public static object? ListContains(object?[] arguments, FeelEvaluationContext context) =>
        arguments[0] is IReadOnlyList<object?> list
            ? FeelBooleans.Box(list.Any(item => FeelComparison.AreEqual(item, arguments[1]) is true))
            : null;

    /// <summary><c>append(list, item...)</c>.</summary>
    public static object? Append(object?[] arguments, FeelEvaluationContext context)
    {
        if (arguments[0] is not IReadOnlyList<object?> list)
        {
            return null;
        }

        var result = FeelArguments.NewList((long)list.Count + arguments.Length - 1, "append");
        result.AddRange(list);
        result.AddRange(arguments.Skip(1));
        return result;
    }

    /// <summary><c>concatenate(list...)</c>.</summary>
    public static object? Concatenate(object?[] arguments, FeelEvaluationContext context)
    {
        if (!arguments.All(argument => argument is IReadOnlyList<object?>))
        {
            return null;
        }

        var lists = arguments.Cast<IReadOnlyList<object?>>().ToList();
        var result = FeelArguments.NewList(lists.Sum(list => (long)list.Count), "concatenate");
        lists.ForEach(result.AddRange);
        return result;
    }

    public static object? DistinctValues(object?[] arguments, FeelEvaluationContext context)
    {
        if (arguments[0] is not IReadOnlyList<object?> list)
        {
            return null;
        }

        var result = new List<object?>();
        foreach (var item in list)
        {
            if (!result.Any(kept => FeelComparison.AreEqual(kept, item) is true))
            {
                result.Add(item);
            }
        }

        return result;
    }

    public static object? Flatten(object?[] arguments, FeelEvaluationContext context)
    {
        if (arguments[0] is not IReadOnlyList<object?> list)
        {
            return null;
        }

        var result = new List<object?>();
        Flatten(list, result, 0);
        return result;
    }

    public static object? Reverse(object?[] arguments, FeelEvaluationContext context) =>
        arguments[0] is IReadOnlyList<object?> list ? list.Reverse().ToArray() : null;

    /// <summary><c>index of(list, match)</c>: the 1-based positions of every equal item.</summary>
    public static object? IndexOf(object?[] arguments, FeelEvaluationContext context)
    {
        if (arguments[0] is not IReadOnlyList<object?> list)
        {
            return null;
        }

        var positions = new List<object?>();
        for (var i = 0; i < list.Count; i++)
        {
            if (FeelComparison.AreEqual(list[i], arguments[1]) is true)
            {
                positions.Add((decimal)(i + 1));
            }
        }

        return positions;
    }

    /// <summary><c>sublist(list, start position, length?)</c>: 1-based; a negative start counts from the end.</summary>
    public static object? Sublist(object?[] arguments, FeelEvaluationContext context)
    {
        if (arguments[0] is not IReadOnlyList<object?> list || FeelArguments.Integer(arguments[1]) is not { } position)
        {
            return null;
        }

        var start = position > 0 ? position - 1 : list.Count + position;
        if (start < 0 || start >= list.Count)
        {
            return null;
        }

        var length = arguments.Length == 2 ? list.Count - start : FeelArguments.Integer(arguments[2]) ?? -1;
        return length < 0 ? null : list.Skip(start).Take(length).ToArray();
    }

    /// <summary><c>sort(list, precedes)</c>: Camunda requires the precedes function, <c>function(x, y) x &lt; y</c>.</summary>
    public static object? Sort(object?[] arguments, FeelEvaluationContext context)
    {
        if (arguments is not [IReadOnlyList<object?> list, FeelFunctionValue { ParameterCount: 2 } precedes])
        {
            return null;
        }

        var sorted = list.ToList();
        var failed = false;

        // A stable merge sort that asks only "does x precede y?", as the precedes function answers.
        sorted = MergeSort(sorted, (x, y) =>
        {
            var answer = precedes.Invoke(x, y);
            failed |= answer is not bool;
            return answer is true;
        });
        return failed ? null : sorted;
    }

    private static List<object?> MergeSort(List<object?> items, Func<object?, object?, bool> precedes)
    {
        if (items.Count < 2)
        {
            return items;
        }

        var left = MergeSort(items.GetRange(0, items.Count / 2), precedes);
        var right = MergeSort(items.GetRange(items.Count / 2, items.Count - (items.Count / 2)), precedes);
        var merged = new List<object?>(items.Count);
        int i = 0, j = 0;
        while (i < left.Count && j < right.Count)
        {
            merged.Add(precedes(right[j], left[i]) ? right[j++] : left[i++]);
        }

        merged.AddRange(left.Skip(i));
        merged.AddRange(right.Skip(j));
        return merged;
    }

    private static void Flatten(IReadOnlyList<object?> list, List<object?> result, int depth)
    {
        if (depth > FeelLimits.MaxJsonDepth)
        {
            throw new FeelEvaluationException($"flatten() met a list nested more than {FeelLimits.MaxJsonDepth} levels deep.");
        }

        foreach (var item in list)
        {
            if (item is IReadOnlyList<object?> inner)
            {
                Flatten(inner, result, depth + 1);
            }
            else
            {
                FeelLimits.CheckListLength(result.Count + 1L, "The result of flatten()");
                result.Add(item);
            }
        }
    }
}
