namespace Ams.Workflow.Engine.Feel;

/// <summary>What an evaluation may know about the world besides its variables.</summary>
/// <param name="Now">The instant returned by <c>now()</c>; <c>today()</c> is its date in its own offset.</param>
public sealed record FeelEvaluationContext(DateTimeOffset Now);
