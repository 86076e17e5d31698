namespace Ams.Workflow.Engine.Feel;

/// <summary>A years-and-months duration such as P1Y2M.</summary>
public sealed record FeelYearsMonthsDuration(int TotalMonths);
