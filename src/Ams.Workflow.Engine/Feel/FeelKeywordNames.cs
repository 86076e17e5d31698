namespace Ams.Workflow.Engine.Feel;

/// <summary>
/// Words that FEEL uses as keywords but that are names to the lexer (<c>for</c>, <c>some</c>, <c>every</c>,
/// <c>return</c>, <c>satisfies</c>), so that variables may still be called <c>return</c> elsewhere.
/// </summary>
internal static class FeelKeywordNames
{
    /// <summary>Whether the tokens ahead read <c>for x in</c> (or <c>some</c>/<c>every</c>).</summary>
    public static bool StartsIteration(FeelTokenCursor tokens) =>
        tokens.Peek(1).Kind == FeelTokenKind.Identifier && tokens.Peek(2).Kind == FeelTokenKind.In;

    /// <summary>Whether the token ends the operand before it: <c>return</c> and <c>satisfies</c> close the lists of a loop.</summary>
    public static bool EndsOperand(FeelToken token) =>
        token.Kind == FeelTokenKind.Identifier && token.Text is "return" or "satisfies";
}
