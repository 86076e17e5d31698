namespace Ams.Mail;

/// <summary>The languages the shipped templates are written in.</summary>
public static class MailTemplateLanguages
{
    /// <summary>Indonesian, the default language of the product.</summary>
    public const string Indonesian = "id";

    /// <summary>English.</summary>
    public const string English = "en";
}
