namespace Ams.Mail.Templates;

/// <summary>Where the template texts come from: a folder, or the host's database of edited versions.</summary>
public interface IMailTemplateSource
{
    /// <summary>Every template variant's text, named <c>{id}.{language}.liquid</c>.</summary>
    Task<IReadOnlyList<MailTemplateText>> ReadAsync(CancellationToken cancellationToken);
}
