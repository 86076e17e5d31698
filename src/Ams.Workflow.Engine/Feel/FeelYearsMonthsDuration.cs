namespace Ams.Workflow.Engine.Feel;

/// <summary>A FEEL years-and-months duration such as <c>P1Y2M</c>.</summary>
/// <param name="TotalMonths">The length in months; negative for a negative duration.</param>
public sealed record FeelYearsMonthsDuration(int TotalMonths)
{
    /// <summary>The ISO 8601 text, e.g. <c>P1Y2M</c>, <c>-P3M</c> or <c>P0M</c>.</summary>
    /// <returns>The duration as ISO 8601 text.</returns>
    public override string ToString() => FeelDurationText.Format(this);
}
