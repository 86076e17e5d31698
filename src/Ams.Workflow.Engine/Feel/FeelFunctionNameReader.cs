namespace Ams.Workflow.Engine.Feel;

/// <summary>
/// Reads a function name ahead of an opening parenthesis. FEEL names may contain spaces (<c>is defined</c>,
/// <c>upper case</c>) and even keywords (<c>date and time</c>), so the name is every word up to the <c>(</c>.
/// </summary>
internal static class FeelFunctionNameReader
{
    // Built-in names of full FEEL that contain a keyword; only 'date and time' is in the subset.
    private static readonly string[][] KeywordNames =
    [
        ["date", "and", "time"],
        ["years", "and", "months", "duration"],
        ["get", "or", "else"],
    ];

    /// <summary>
    /// Consumes and returns a parameter name when the tokens ahead are <c>words :</c> (a named argument such as
    /// <c>start position: 3</c>); otherwise consumes nothing.
    /// </summary>
    public static (string Name, int Position)? TryReadParameterName(FeelTokenCursor tokens)
    {
        var count = 0;
        while (tokens.Peek(count).Kind == FeelTokenKind.Identifier)
        {
            count++;
        }

        if (count == 0 || tokens.Peek(count).Kind != FeelTokenKind.Colon)
        {
            return null;
        }

        var position = tokens.Current.Position;
        var name = Consume(tokens, count);
        tokens.Advance();
        return (name, position);
    }

    /// <summary>Consumes and returns the function name when the tokens ahead are <c>name words (</c>; otherwise consumes nothing.</summary>
    public static string? TryRead(FeelTokenCursor tokens) => TryReadKeywordName(tokens) ?? TryReadPlainName(tokens);

    private static string? TryReadKeywordName(FeelTokenCursor tokens)
    {
        foreach (var words in KeywordNames)
        {
            var matches = tokens.Peek(words.Length).Kind == FeelTokenKind.LeftParenthesis;
            for (var i = 0; matches && i < words.Length; i++)
            {
                var token = tokens.Peek(i);
                matches = (token.Kind == FeelTokenKind.Identifier || token.IsKeyword) && token.Text == words[i];
            }

            if (matches)
            {
                return Consume(tokens, words.Length);
            }
        }

        return null;
    }

    // 'satisfies' and 'return' end the head of 'some x in xs satisfies not(...)' and 'for x in xs return f(...)':
    // no built-in name contains them.
    private static string? TryReadPlainName(FeelTokenCursor tokens)
    {
        var count = 0;
        while (tokens.Peek(count) is { Kind: FeelTokenKind.Identifier, Text: not ("satisfies" or "return") })
        {
            count++;
        }

        return count > 0 && tokens.Peek(count).Kind == FeelTokenKind.LeftParenthesis ? Consume(tokens, count) : null;
    }

    private static string Consume(FeelTokenCursor tokens, int count)
    {
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            words[i] = tokens.Advance().Text;
        }

        return string.Join(' ', words);
    }
}
