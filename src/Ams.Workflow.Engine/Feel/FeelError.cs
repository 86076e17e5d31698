namespace Ams.Workflow.Engine.Feel;

/// <summary>A reason why a FEEL expression could not be parsed.</summary>
/// <param name="Message">A clear English sentence that names the problem and its position.</param>
/// <param name="Position">The 0-based character offset into the source where the problem was found.</param>
public sealed record FeelError(string Message, int Position);
