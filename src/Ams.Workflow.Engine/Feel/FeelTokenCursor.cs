namespace Ams.Workflow.Engine.Feel;

/// <summary>Walks the token list for the parser and turns unexpected tokens into syntax errors.</summary>
internal sealed class FeelTokenCursor(List<FeelToken> tokens)
{
    private int index;

    public FeelToken Current => tokens[index];

    /// <summary>The token <paramref name="offset"/> places ahead; the last token (end or error) repeats.</summary>
    public FeelToken Peek(int offset) => tokens[Math.Min(index + offset, tokens.Count - 1)];

    public FeelToken Advance()
    {
        var token = Current;
        if (index < tokens.Count - 1)
        {
            index++;
        }

        return token;
    }

    public bool Accept(FeelTokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    public FeelToken Expect(FeelTokenKind kind, string expected) =>
        Current.Kind == kind ? Advance() : throw Unexpected(expected);

    /// <summary>An error about the current token; a lexical error there is reported as itself.</summary>
    public FeelSyntaxException Unexpected(string expected)
    {
        var token = Current;
        return token.Kind switch
        {
            FeelTokenKind.Error => new FeelSyntaxException(token.Text, token.Position),
            FeelTokenKind.End => new FeelSyntaxException(
                $"Unexpected end of the expression at position {token.Position}: {expected} was expected.", token.Position),
            _ => new FeelSyntaxException(
                $"Unexpected {token.Describe()} at position {token.Position}: {expected} was expected.", token.Position),
        };
    }
}
