namespace Ams.Workflow.Engine.Feel;

/// <summary>FEEL equality and ordering with three-valued results: null means "cannot tell".</summary>
internal static class FeelComparison
{
    /// <summary>
    /// As Camunda: <c>null = null</c> is true, null against a value is false, values of different types (a local
    /// against a zoned date-time too) are null.
    /// </summary>
    public static bool? AreEqual(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (decimal a, decimal b) => a == b,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (bool a, bool b) => a == b,
        (DateOnly a, DateOnly b) => a == b,
        (DateTimeOffset a, DateTimeOffset b) => a == b,
        (DateTime a, DateTime b) => a == b,
        (TimeSpan a, TimeSpan b) => a == b,
        (FeelYearsMonthsDuration a, FeelYearsMonthsDuration b) => a.TotalMonths == b.TotalMonths,
        (IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b) => ContextsEqual(a, b),
        (IReadOnlyList<object?> a, IReadOnlyList<object?> b) => ListsEqual(a, b),
        _ => null,
    };

    /// <summary>The order of two values of the same ordered type; null for nulls, booleans, lists, contexts and mixed types.</summary>
    public static int? Compare(object? left, object? right) => (left, right) switch
    {
        (decimal a, decimal b) => a.CompareTo(b),
        (string a, string b) => Math.Sign(string.CompareOrdinal(a, b)),
        (DateOnly a, DateOnly b) => a.CompareTo(b),
        (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
        (DateTime a, DateTime b) => a.CompareTo(b),
        (TimeSpan a, TimeSpan b) => a.CompareTo(b),
        (FeelYearsMonthsDuration a, FeelYearsMonthsDuration b) => a.TotalMonths.CompareTo(b.TotalMonths),
        _ => null,
    };

    // As Camunda: lists and contexts are equal when every item is; items that cannot be compared are not equal.
    private static bool ListsEqual(IReadOnlyList<object?> left, IReadOnlyList<object?> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (AreEqual(left[i], right[i]) is not true)
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContextsEqual(IReadOnlyDictionary<string, object?> left, IReadOnlyDictionary<string, object?> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var (name, value) in left)
        {
            if (!right.TryGetValue(name, out var other) || AreEqual(value, other) is not true)
            {
                return false;
            }
        }

        return true;
    }
}
