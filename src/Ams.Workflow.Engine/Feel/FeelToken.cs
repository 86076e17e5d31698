namespace Ams.Workflow.Engine.Feel;

/// <summary>One token of a FEEL source.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Position">The 0-based offset of its first character.</param>
/// <param name="Text">The source text; for a string, its decoded value; for an error, the message.</param>
internal readonly record struct FeelToken(FeelTokenKind Kind, int Position, string Text)
{
    public bool IsKeyword => Kind is >= FeelTokenKind.True and <= FeelTokenKind.In;

    /// <summary>How the token reads in an error message.</summary>
    public string Describe() => Kind switch
    {
        FeelTokenKind.End => "the end of the expression",
        FeelTokenKind.String => "a string",
        FeelTokenKind.Number => $"the number {Text}",
        _ => $"'{Text}'",
    };
}
