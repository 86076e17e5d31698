namespace Ams.Web.Operations.Resources;

/// <summary>A mail template variant's key, <c>{id}.{language}</c>: the shipped file's name without <c>.liquid</c>.</summary>
public static class MailTemplateKey
{
    /// <summary>The languages an administrator edits.</summary>
    public static IReadOnlyList<string> Languages { get; } = [Ams.Mail.MailTemplateLanguages.Indonesian, Ams.Mail.MailTemplateLanguages.English];

    /// <summary>The key of a template's variant.</summary>
    public static string Of(string id, string language) => $"{id}.{language}";

    /// <summary>The template id of a key.</summary>
    public static string IdOf(string key) => key[..key.LastIndexOf('.')];

    /// <summary>The language of a key.</summary>
    public static string LanguageOf(string key) => key[(key.LastIndexOf('.') + 1)..];
}
