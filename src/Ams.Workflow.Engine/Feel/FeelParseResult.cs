namespace Ams.Workflow.Engine.Feel;

/// <summary>The outcome of parsing: an expression or an error.</summary>
public sealed record FeelParseResult(FeelExpression? Expression, FeelError? Error)
{
    /// <summary>Whether the source parsed.</summary>
    public bool Succeeded => Expression is not null;
}
