namespace Ams.Workflow.Engine.Feel;

/// <summary>
/// Recognises FEEL constructs outside the subset early, so they are refused with a sentence that names them
/// instead of a generic "unexpected token".
/// </summary>
internal static class FeelUnsupportedSyntax
{
    /// <summary>Refuses <c>some</c>/<c>every</c> quantifiers, <c>for</c> loops and function definitions.</summary>
    public static void RejectKeywordForms(FeelToken name, FeelToken next)
    {
        var message = (name.Text, next.Kind) switch
        {
            ("some" or "every", FeelTokenKind.Identifier) =>
                $"Quantified expressions ('{name.Text} ... in ... satisfies ...') at position {name.Position} are not supported.",
            ("for", FeelTokenKind.Identifier) =>
                $"Loops ('for ... in ... return ...') at position {name.Position} are not supported.",
            ("function", FeelTokenKind.LeftParenthesis) =>
                $"Function definitions at position {name.Position} are not supported.",
            _ => null,
        };
        if (message is not null)
        {
            throw new FeelSyntaxException(message, name.Position);
        }
    }

    /// <summary>Refuses a name right after an operand: <c>instance of</c>, or two names in a row.</summary>
    public static void RejectNameAfterOperand(FeelToken token)
    {
        if (token.Kind != FeelTokenKind.Identifier)
        {
            return;
        }

        var message = token.Text == "instance"
            ? $"'instance of' at position {token.Position} is not supported."
            : $"Unexpected name '{token.Text}' at position {token.Position}: an operator was expected.";
        throw new FeelSyntaxException(message, token.Position);
    }

    public static FeelSyntaxException FilterOrIndex(FeelToken bracket) =>
        new($"Filters and indexes (such as 'a[1]' or 'a[x > 1]') at position {bracket.Position} are not supported.", bracket.Position);

    public static FeelSyntaxException CallOfAValue(FeelToken parenthesis) =>
        new($"The value before position {parenthesis.Position} cannot be called: only {Functions.FeelFunctionTable.SupportedList} are supported.",
            parenthesis.Position);
}
