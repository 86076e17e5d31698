namespace Ams.Mail.Templates;

/// <summary>The text of one template variant as a source holds it.</summary>
/// <param name="FileName">The variant's name, <c>{id}.{language}.liquid</c>, which gives its id and language.</param>
/// <param name="Source">The template: <c>subject: …</c>, a blank line, the body.</param>
public sealed record MailTemplateText(string FileName, string Source);
