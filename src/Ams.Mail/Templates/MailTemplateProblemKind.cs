namespace Ams.Mail.Templates;

/// <summary>What kind of problem a <see cref="MailTemplateProblem"/> is, so a host can word it in its readers' language.</summary>
public enum MailTemplateProblemKind
{
    /// <summary>The subject or body is not valid Liquid; the message is the parser's.</summary>
    Syntax,

    /// <summary>The file name is not <c>{id}.{language}.liquid</c>.</summary>
    FileName,

    /// <summary>The first line is not <c>subject: …</c>.</summary>
    SubjectLine,

    /// <summary>The subject line is not followed by a blank line and the body.</summary>
    BlankLine,

    /// <summary>The template folder does not exist.</summary>
    Folder,
}
