using System.Globalization;

namespace Ams.Workflow.Engine.Feel;

/// <summary>Reads and writes FEEL numbers as invariant text.</summary>
internal static class FeelNumberText
{
    // Never scientific notation, no trailing zeros: 1, 1.5, 0.001.
    private const string PlainFormat = "0.############################";

    public static string Format(decimal value) => value.ToString(PlainFormat, CultureInfo.InvariantCulture);

    /// <summary>Parses a number token of the lexer (digits with an optional fraction).</summary>
    public static decimal ParseLiteral(FeelToken token) =>
        decimal.TryParse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FeelSyntaxException($"The number at position {token.Position} is too large.", token.Position);

    /// <summary>Parses the argument of <c>number()</c>; null when it is not a number.</summary>
    public static decimal? Parse(string text)
    {
        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        return decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
