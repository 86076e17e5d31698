namespace Ams.Workflow.Engine.Feel;

/// <summary>A FEEL syntax error at a 0-based position in the source.</summary>
public sealed record FeelError(string Message, int Position);
