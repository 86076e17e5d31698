using System.Globalization;
using System.Text;

namespace Ams.Workflow.Engine.Feel;

/// <summary>
/// Splits a FEEL source into tokens. The first lexical error becomes an <see cref="FeelTokenKind.Error"/> token
/// and ends the list, so the parser reports errors in source order.
/// </summary>
internal sealed class FeelLexer
{
    private readonly string source;
    private readonly List<FeelToken> tokens = [];
    private int index;

    private FeelLexer(string source)
    {
        this.source = source;
    }

    public static List<FeelToken> Tokenize(string source)
    {
        var lexer = new FeelLexer(source);
        lexer.Run();
        return lexer.tokens;
    }

    private void Run()
    {
        while (true)
        {
            SkipWhitespace();
            if (index >= source.Length)
            {
                tokens.Add(new FeelToken(FeelTokenKind.End, source.Length, string.Empty));
                return;
            }

            var token = Next();
            tokens.Add(token);
            if (token.Kind == FeelTokenKind.Error)
            {
                return;
            }
        }
    }

    private void SkipWhitespace()
    {
        while (index < source.Length && char.IsWhiteSpace(source[index]))
        {
            index++;
        }
    }

    private FeelToken Next()
    {
        var start = index;
        var current = source[index];
        if (IsNameStart(current))
        {
            return ReadName();
        }

        if (char.IsAsciiDigit(current))
        {
            return ReadNumber();
        }

        if (current == '"')
        {
            return ReadString();
        }

        var next = index + 1 < source.Length ? source[index + 1] : '\0';
        return (current, next) switch
        {
            ('=', '=') => Error("'==' is not a FEEL operator at position {0}: use '=' to compare for equality.", start),
            ('!', '=') => Symbol(FeelTokenKind.NotEqual, 2),
            ('<', '=') => Symbol(FeelTokenKind.LessOrEqual, 2),
            ('>', '=') => Symbol(FeelTokenKind.GreaterOrEqual, 2),
            ('*', '*') => Symbol(FeelTokenKind.StarStar, 2),
            ('.', '.') => Symbol(FeelTokenKind.DotDot, 2),
            ('&', '&') or ('|', '|') => Error("'{1}' at position {0} is not a FEEL operator: use 'and' or 'or'.", start, source.Substring(start, 2)),
            ('/', '/') or ('/', '*') => Error("Comments at position {0} are not supported.", start),
            ('!', _) => Error("'!' at position {0} is not a FEEL operator: use not(x) or '!='.", start),
            ('=', _) => Symbol(FeelTokenKind.Equal, 1),
            ('<', _) => Symbol(FeelTokenKind.Less, 1),
            ('>', _) => Symbol(FeelTokenKind.Greater, 1),
            ('+', _) => Symbol(FeelTokenKind.Plus, 1),
            ('-', _) => Symbol(FeelTokenKind.Minus, 1),
            ('*', _) => Symbol(FeelTokenKind.Star, 1),
            ('/', _) => Symbol(FeelTokenKind.Slash, 1),
            ('(', _) => Symbol(FeelTokenKind.LeftParenthesis, 1),
            (')', _) => Symbol(FeelTokenKind.RightParenthesis, 1),
            ('[', _) => Symbol(FeelTokenKind.LeftBracket, 1),
            (']', _) => Symbol(FeelTokenKind.RightBracket, 1),
            ('{', _) => Symbol(FeelTokenKind.LeftBrace, 1),
            ('}', _) => Symbol(FeelTokenKind.RightBrace, 1),
            (',', _) => Symbol(FeelTokenKind.Comma, 1),
            (':', _) => Symbol(FeelTokenKind.Colon, 1),
            ('.', _) => Symbol(FeelTokenKind.Dot, 1),
            ('@', _) => Symbol(FeelTokenKind.At, 1),
            ('?', _) => Symbol(FeelTokenKind.QuestionMark, 1),
            ('\'', _) => Error("Single-quoted text at position {0} is not supported: strings use double quotes.", start),
            _ => Error("Unexpected character '{1}' at position {0}.", start, current.ToString()),
        };
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_' || c == '$';

    private static bool IsNamePart(char c) => IsNameStart(c) || char.IsAsciiDigit(c);

    private static FeelTokenKind KeywordOrIdentifier(string name) => name switch
    {
        "true" => FeelTokenKind.True,
        "false" => FeelTokenKind.False,
        "null" => FeelTokenKind.Null,
        "and" => FeelTokenKind.And,
        "or" => FeelTokenKind.Or,
        "if" => FeelTokenKind.If,
        "then" => FeelTokenKind.Then,
        "else" => FeelTokenKind.Else,
        "between" => FeelTokenKind.Between,
        "in" => FeelTokenKind.In,
        _ => FeelTokenKind.Identifier,
    };

    private FeelToken Symbol(FeelTokenKind kind, int length)
    {
        var token = new FeelToken(kind, index, source.Substring(index, length));
        index += length;
        return token;
    }

    private static FeelToken Error(string format, int position, string? detail = null) =>
        new(FeelTokenKind.Error, position, string.Format(CultureInfo.InvariantCulture, format, position, detail));

    private FeelToken ReadName()
    {
        var start = index;
        while (index < source.Length && IsNamePart(source[index]))
        {
            index++;
        }

        var name = source[start..index];
        return new FeelToken(KeywordOrIdentifier(name), start, name);
    }

    private FeelToken ReadNumber()
    {
        var start = index;
        SkipDigits();
        if (index + 1 < source.Length && source[index] == '.' && char.IsAsciiDigit(source[index + 1]))
        {
            index++;
            SkipDigits();
        }

        if (index < source.Length && IsNameStart(source[index]))
        {
            return Error("Unexpected character '{1}' after the number at position {0}.", index, source[index].ToString());
        }

        return new FeelToken(FeelTokenKind.Number, start, source[start..index]);
    }

    private void SkipDigits()
    {
        while (index < source.Length && char.IsAsciiDigit(source[index]))
        {
            index++;
        }
    }

    private FeelToken ReadString()
    {
        var start = index;
        index++;
        var text = new StringBuilder();
        while (index < source.Length)
        {
            var current = source[index];
            if (current == '"')
            {
                index++;
                return new FeelToken(FeelTokenKind.String, start, text.ToString());
            }

            if (current != '\\')
            {
                text.Append(current);
                index++;
                continue;
            }

            ReadEscape(text);
        }

        return Error("Unterminated string starting at position {0}: a closing '\"' is missing.", start);
    }

    /// <summary>
    /// Reads an escape sequence as feel-scala does: the known ones become their character, and any other backslash
    /// stays in the text as written, so <c>"\$"</c> is a backslash and a dollar sign and <c>"\d"</c> reaches a regex intact.
    /// </summary>
    private void ReadEscape(StringBuilder text)
    {
        if (index + 1 >= source.Length)
        {
            text.Append('\\');
            index++;
            return;
        }

        var escaped = source[index + 1];
        index += 2;
        switch (escaped)
        {
            case '"': text.Append('"'); return;
            case '\'': text.Append('\''); return;
            case '\\': text.Append('\\'); return;
            case 'n': text.Append('\n'); return;
            case 'r': text.Append('\r'); return;
            case 't': text.Append('\t'); return;
            case 'b': text.Append('\b'); return;
            case 'f': text.Append('\f'); return;
            case 'u' when index + 4 <= source.Length
                && ushort.TryParse(source.AsSpan(index, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                text.Append((char)code);
                index += 4;
                return;
            default:
                text.Append('\\').Append(escaped);
                return;
        }
    }
}
