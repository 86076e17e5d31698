namespace Ams.Pki;

/// <summary>An expected failure: a code to branch on and a sentence to show.</summary>
/// <param name="Code">The kind of failure.</param>
/// <param name="Message">A clear, user-facing explanation in English.</param>
public sealed record PkiError(PkiErrorCode Code, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}
