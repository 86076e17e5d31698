namespace Ams.Mail;

/// <summary>
/// Settings of the mail library, bound from the configuration section <c>Ams:Mail</c>.
/// </summary>
public sealed class MailOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Ams:Mail";

    /// <summary>The SMTP server and the From address (<c>Ams:Mail:Smtp:*</c>).</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>
    /// Folder the <c>.eml</c> files are written to when no SMTP host is configured
    /// (<c>Ams:Mail:PickupDirectory</c>, default <c>data/mail</c>, relative to the working directory).
    /// </summary>
    public string PickupDirectory { get; set; } = "data/mail";

    /// <summary>
    /// Folder holding the <c>*.liquid</c> templates (<c>Ams:Mail:TemplateDirectory</c>, default
    /// <c>workflows/mail</c>, relative to the working directory).
    /// </summary>
    public string TemplateDirectory { get; set; } = "workflows/mail";

    /// <summary>The language used when a template has no variant in the requested one (default <c>id</c>).</summary>
    public string DefaultLanguage { get; set; } = MailTemplateLanguages.Indonesian;

    /// <summary>Right-hand side of every Message-ID, <c>&lt;{outbox key}@{domain}&gt;</c> (default <c>ams.local</c>).</summary>
    public string MessageIdDomain { get; set; } = "ams.local";

    /// <summary>Retry and batching of outbox delivery (<c>Ams:Mail:Delivery:*</c>).</summary>
    public MailDeliveryOptions Delivery { get; set; } = new();
}
