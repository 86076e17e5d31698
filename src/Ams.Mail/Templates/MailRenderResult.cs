using System.Diagnostics.CodeAnalysis;

namespace Ams.Mail.Templates;

/// <summary>The outcome of rendering a template: the mail, or why there is none.</summary>
public sealed class MailRenderResult
{
    private MailRenderResult(RenderedMail? mail, string? error)
    {
        Mail = mail;
        Error = error;
    }

    /// <summary>The rendered mail when rendering succeeded.</summary>
    public RenderedMail? Mail { get; }

    /// <summary>Why rendering failed (unknown template, unknown language, a failing template).</summary>
    public string? Error { get; }

    /// <summary>Whether <see cref="Mail"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Mail))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Mail is not null;

    /// <summary>A successful result.</summary>
    public static MailRenderResult Success(RenderedMail mail) => new(mail, null);

    /// <summary>A failed result.</summary>
    public static MailRenderResult Failure(string error) => new(null, error);
}
