namespace Ams.Workflow.Engine.Feel;

/// <summary>The outcome of <see cref="FeelExpression.Parse(string)"/>: either an expression or an error.</summary>
/// <param name="Expression">The parsed expression, or <see langword="null"/> when parsing failed.</param>
/// <param name="Error">Why parsing failed, or <see langword="null"/> when it succeeded.</param>
public sealed record FeelParseResult(FeelExpression? Expression, FeelError? Error)
{
    /// <summary>Whether the source parsed into an expression.</summary>
    public bool Succeeded => Expression is not null;
}
