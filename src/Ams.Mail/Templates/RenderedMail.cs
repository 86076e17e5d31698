namespace Ams.Mail.Templates;

/// <summary>A template rendered with its model: the subject line and the plain-text body.</summary>
/// <param name="Subject">The subject, on one line.</param>
/// <param name="Body">The plain-text body.</param>
/// <param name="Language">The language of the variant that was rendered (after any fallback).</param>
public sealed record RenderedMail(string Subject, string Body, string Language);
