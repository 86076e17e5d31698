namespace Ams.Workflow.Engine.Feel;

/// <summary>
/// Recognises FEEL constructs outside the subset early, so they are refused with a sentence that names them
/// instead of a generic "unexpected token".
/// </summary>
internal static class FeelUnsupportedSyntax
{
    /// <summary>Refuses a name right after an operand: <c>instance of</c>, or two names in a row.</summary>
    public static void RejectNameAfterOperand(FeelToken token)
    {
        if (token.Kind != FeelTokenKind.Identifier || FeelKeywordNames.EndsOperand(token))
        {
            return;
        }

        var message = token.Text == "instance"
            ? $"'instance of' at position {token.Position} is not supported."
            : $"Unexpected name '{token.Text}' at position {token.Position}: an operator was expected.";
        throw new FeelSyntaxException(message, token.Position);
    }

    public static FeelSyntaxException CallOfAValue(FeelToken parenthesis) =>
        new($"The value before position {parenthesis.Position} cannot be called: only built-in functions can be called (see docs/feel.md).",
            parenthesis.Position);
}
