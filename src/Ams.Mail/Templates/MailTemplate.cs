using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Fluid;

namespace Ams.Mail.Templates;

/// <summary>
/// One parsed template file, <c>{id}.{language}.liquid</c>. The first line is
/// <c>subject: …</c>, the second line is blank, the rest is the plain-text body; subject and body
/// are both Liquid.
/// </summary>
public sealed partial class MailTemplate
{
    /// <summary>The extension of template files.</summary>
    public const string FileExtension = ".liquid";

    private const string SubjectPrefix = "subject:";

    private static readonly FluidParser Parser = new();

    private MailTemplate(string id, string language, string file, IFluidTemplate subject, IFluidTemplate body)
    {
        Id = id;
        Language = language;
        File = file;
        Subject = subject;
        Body = body;
    }

    /// <summary>The template id, e.g. <c>request-received</c>.</summary>
    public string Id { get; }

    /// <summary>The language of this variant, e.g. <c>id</c>.</summary>
    public string Language { get; }

    /// <summary>The file name the template was read from.</summary>
    public string File { get; }

    internal IFluidTemplate Subject { get; }

    internal IFluidTemplate Body { get; }

    /// <summary>
    /// Parses a template's text; <paramref name="fileName"/> (<c>{id}.{language}.liquid</c>) gives the
    /// id and language. Problems carry the file name, line and column.
    /// </summary>
    public static bool TryParse(
        string fileName,
        string source,
        [NotNullWhen(true)] out MailTemplate? template,
        out IReadOnlyList<MailTemplateProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(source);
        template = null;
        var found = new List<MailTemplateProblem>();
        problems = found;

        var name = FileNamePattern().Match(fileName);
        if (!name.Success)
        {
            found.Add(new(fileName, 0, 0, "The file name must be '{id}.{language}.liquid', e.g. 'request-received.id.liquid'.", MailTemplateProblemKind.FileName));
            return false;
        }

        var lines = source.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (!lines[0].StartsWith(SubjectPrefix, StringComparison.OrdinalIgnoreCase))
        {
            found.Add(new(fileName, 1, 1, "The first line must be 'subject: …'.", MailTemplateProblemKind.SubjectLine));
            return false;
        }

        if (lines.Length < 3 || lines[1].Trim().Length != 0)
        {
            found.Add(new(fileName, 2, 1, "The subject line must be followed by a blank line and the body.", MailTemplateProblemKind.BlankLine));
            return false;
        }

        var subjectText = lines[0][SubjectPrefix.Length..];
        var subject = ParseSection(fileName, subjectText, firstLine: 1, firstColumn: SubjectPrefix.Length + 1, found);
        var body = ParseSection(fileName, string.Join('\n', lines[2..]), firstLine: 3, firstColumn: 1, found);
        if (subject is null || body is null)
        {
            return false;
        }

        template = new MailTemplate(name.Groups["id"].Value, name.Groups["language"].Value.ToLowerInvariant(), fileName, subject, body);
        return true;
    }

    private static IFluidTemplate? ParseSection(
        string fileName, string text, int firstLine, int firstColumn, List<MailTemplateProblem> problems)
    {
        if (Parser.TryParse(text, out var parsed, out var error))
        {
            return parsed;
        }

        // Fluid reports "… at (line:column)" relative to the section; map it to the file.
        var firstErrorLine = error.Split('\n')[0].Trim();
        var position = ErrorPositionPattern().Match(firstErrorLine);
        if (!position.Success)
        {
            problems.Add(new(fileName, firstLine, firstColumn, firstErrorLine));
            return null;
        }

        var line = int.Parse(position.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var column = int.Parse(position.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture);
        problems.Add(new(
            fileName,
            firstLine + line - 1,
            line == 1 ? firstColumn + column - 1 : column,
            position.Groups["message"].Value));
        return null;
    }

    [GeneratedRegex(@"^(?<id>[a-z0-9][a-z0-9-]*)\.(?<language>[A-Za-z]{2,3}(-[A-Za-z0-9]+)*)\.liquid$")]
    private static partial Regex FileNamePattern();

    [GeneratedRegex(@"^(?<message>.*) at \((?<line>\d+):(?<column>\d+)\)$")]
    private static partial Regex ErrorPositionPattern();
}
