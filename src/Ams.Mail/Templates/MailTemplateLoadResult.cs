using System.Diagnostics.CodeAnalysis;

namespace Ams.Mail.Templates;

/// <summary>The outcome of loading a template folder: the library, or every problem found.</summary>
public sealed class MailTemplateLoadResult
{
    internal MailTemplateLoadResult(MailTemplateLibrary? library, IReadOnlyList<MailTemplateProblem> problems)
    {
        Library = library;
        Problems = problems;
    }

    /// <summary>The loaded templates, when no file had a problem.</summary>
    public MailTemplateLibrary? Library { get; }

    /// <summary>Every problem of every file, empty when loading succeeded.</summary>
    public IReadOnlyList<MailTemplateProblem> Problems { get; }

    /// <summary>Whether <see cref="Library"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Library))]
    public bool Succeeded => Library is not null;
}
