namespace Ams.Workflow.Engine.Feel;

/// <summary>
/// A FEEL range such as <c>[1..10]</c>, <c>]1..10[</c> or <c>(1..10]</c>: two endpoints of one ordered type, each
/// included or not. It is a value for <c>in</c> and for loops; as a variable it is written as null.
/// </summary>
/// <param name="Start">The lower endpoint.</param>
/// <param name="StartIncluded">Whether the lower endpoint belongs to the range.</param>
/// <param name="End">The upper endpoint.</param>
/// <param name="EndIncluded">Whether the upper endpoint belongs to the range.</param>
public sealed record FeelRange(object? Start, bool StartIncluded, object? End, bool EndIncluded)
{
    /// <summary>Whether <paramref name="value"/> lies in the range; null when it cannot be compared with the endpoints.</summary>
    /// <param name="value">The FEEL value to test.</param>
    /// <returns>True, false, or null when the types do not match.</returns>
    public bool? Contains(object? value)
    {
        if (FeelComparison.Compare(value, Start) is not { } fromStart || FeelComparison.Compare(value, End) is not { } fromEnd)
        {
            return null;
        }

        var aboveStart = StartIncluded ? fromStart >= 0 : fromStart > 0;
        var belowEnd = EndIncluded ? fromEnd <= 0 : fromEnd < 0;
        return aboveStart && belowEnd;
    }

    /// <summary>The range as FEEL text, e.g. <c>[1..10]</c>.</summary>
    /// <returns>The range in FEEL notation.</returns>
    public override string ToString() =>
        $"{(StartIncluded ? '[' : '(')}{FeelValues.ToText(Start)}..{FeelValues.ToText(End)}{(EndIncluded ? ']' : ')')}";
}
