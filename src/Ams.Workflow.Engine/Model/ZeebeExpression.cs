using Ams.Workflow.Engine.Feel;

namespace Ams.Workflow.Engine.Model;

/// <summary>
/// A Zeebe attribute value: <c>=…</c> is a FEEL expression, anything else a literal string.
/// </summary>
public sealed class ZeebeExpression
{
    private ZeebeExpression(string raw, string? literal, FeelExpression? feel, FeelError? error)
    {
        Raw = raw;
        Literal = literal;
        Feel = feel;
        Error = error;
    }

    /// <summary>The attribute as written.</summary>
    public string Raw { get; }

    /// <summary>The literal value, when the attribute is not an expression.</summary>
    public string? Literal { get; }

    /// <summary>The parsed expression, when the attribute starts with <c>=</c> and parses.</summary>
    public FeelExpression? Feel { get; }

    /// <summary>The syntax error, when the attribute is an expression that does not parse.</summary>
    public FeelError? Error { get; }

    /// <summary>Whether the attribute is an expression.</summary>
    public bool IsExpression => Literal is null;

    /// <summary>Reads an attribute value.</summary>
    public static ZeebeExpression From(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var trimmed = raw.TrimStart();
        if (!trimmed.StartsWith('='))
        {
            return new ZeebeExpression(raw, raw, null, null);
        }

        var source = trimmed[1..];
        var parsed = FeelExpression.Parse(source);
        return new ZeebeExpression(raw, null, parsed.Expression, parsed.Error);
    }

    /// <summary>Reads a FEEL-only value (such as a sequence flow condition), with or without the leading <c>=</c>.</summary>
    public static ZeebeExpression Condition(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var trimmed = raw.TrimStart();
        var source = trimmed.StartsWith('=') ? trimmed[1..] : trimmed;
        var parsed = FeelExpression.Parse(source);
        return new ZeebeExpression(raw, null, parsed.Expression, parsed.Error);
    }

    /// <inheritdoc />
    public override string ToString() => Raw;
}
