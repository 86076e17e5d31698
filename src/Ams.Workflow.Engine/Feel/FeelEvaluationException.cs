namespace Ams.Workflow.Engine.Feel;

/// <summary>Raised when an evaluation exceeds a bound.</summary>
public sealed class FeelEvaluationException(string message) : Exception(message);
