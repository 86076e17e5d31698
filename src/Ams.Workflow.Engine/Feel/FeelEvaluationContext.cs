namespace Ams.Workflow.Engine.Feel;

/// <summary>What an evaluation may know of the world: only the current time.</summary>
public sealed record FeelEvaluationContext(DateTimeOffset Now);
