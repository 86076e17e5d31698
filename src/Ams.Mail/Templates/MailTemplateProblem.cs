namespace Ams.Mail.Templates;

/// <summary>A template that cannot be used, with where the problem is.</summary>
/// <param name="File">The template's file name, e.g. <c>request-received.id.liquid</c>.</param>
/// <param name="Line">1-based line in the file.</param>
/// <param name="Column">1-based column in the line.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Kind">What kind of problem it is.</param>
public sealed record MailTemplateProblem(string File, int Line, int Column, string Message, MailTemplateProblemKind Kind = MailTemplateProblemKind.Syntax)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}({Line},{Column}): {Message}";
}
