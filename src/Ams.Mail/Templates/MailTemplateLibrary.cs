using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Fluid;
using Microsoft.Extensions.FileProviders;

namespace Ams.Mail.Templates;

/// <summary>
/// The mail templates of a folder, parsed once, rendered many times. Rendering is sandboxed: a
/// template sees only the JSON model it is given (no .NET members), cannot include files, and is
/// bounded in the steps it may take.
/// </summary>
public sealed partial class MailTemplateLibrary
{
    private const int MaxSteps = 100_000;

    private readonly Dictionary<(string Id, string Language), MailTemplate> templates;
    private readonly TemplateOptions options;

    private MailTemplateLibrary(IEnumerable<MailTemplate> templates, string defaultLanguage)
    {
        this.templates = templates.ToDictionary(t => (t.Id, t.Language));
        DefaultLanguage = defaultLanguage;
        options = new TemplateOptions
        {
            MemberAccessStrategy = new DefaultMemberAccessStrategy(),
            FileProvider = new NullFileProvider(),
            MaxSteps = MaxSteps,
        };
    }

    /// <summary>The language used when a template has no variant in the requested one.</summary>
    public string DefaultLanguage { get; }

    /// <summary>Every loaded template variant.</summary>
    public IReadOnlyCollection<MailTemplate> Templates => templates.Values;

    /// <summary>
    /// Reads and parses every <c>*.liquid</c> file of <paramref name="directory"/>. Every problem of
    /// every file is reported, with the file, line and column.
    /// </summary>
    public static MailTemplateLoadResult Load(string directory, string defaultLanguage = MailTemplateLanguages.Indonesian)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultLanguage);
        if (!Directory.Exists(directory))
        {
            return new(null, [new MailTemplateProblem(directory, 0, 0, "The mail template folder does not exist.", MailTemplateProblemKind.Folder)]);
        }

        var texts = Directory.EnumerateFiles(directory, "*" + MailTemplate.FileExtension).Order(StringComparer.Ordinal)
            .Select(path => new MailTemplateText(Path.GetFileName(path), File.ReadAllText(path)));
        return Parse(texts, defaultLanguage);
    }

    /// <summary>Parses template texts from any source: every template, or every problem with their file and line.</summary>
    public static MailTemplateLoadResult Parse(IEnumerable<MailTemplateText> texts, string defaultLanguage = MailTemplateLanguages.Indonesian)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultLanguage);
        var problems = new List<MailTemplateProblem>();
        var loaded = new List<MailTemplate>();
        foreach (var text in texts)
        {
            if (MailTemplate.TryParse(text.FileName, text.Source, out var template, out var found))
            {
                loaded.Add(template);
            }

            problems.AddRange(found);
        }

        return problems.Count == 0
            ? new(new MailTemplateLibrary(loaded, defaultLanguage.ToLowerInvariant()), [])
            : new(null, problems);
    }

    /// <summary>A library over templates parsed elsewhere, e.g. by the template editor.</summary>
    public static MailTemplateLibrary Create(IEnumerable<MailTemplate> templates, string defaultLanguage = MailTemplateLanguages.Indonesian)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultLanguage);
        return new MailTemplateLibrary(templates, defaultLanguage.ToLowerInvariant());
    }

    /// <summary>
    /// Renders <paramref name="templateId"/> in <paramref name="language"/> (<c>en-US</c> falls back
    /// to <c>en</c>, a missing variant to <see cref="DefaultLanguage"/>) with the variables of
    /// <paramref name="model"/>. An unknown template or a failing template gives an error value.
    /// </summary>
    public MailRenderResult Render(string templateId, string? language, JsonObject? model)
    {
        ArgumentNullException.ThrowIfNull(templateId);
        var template = Find(templateId, language);
        if (template is null)
        {
            return MailRenderResult.Failure(templates.Keys.Any(k => k.Id == templateId)
                ? $"Mail template '{templateId}' has no variant in '{language}' nor in '{DefaultLanguage}'."
                : $"Unknown mail template '{templateId}'. Known: {string.Join(", ", templates.Keys.Select(k => k.Id).Distinct().Order(StringComparer.Ordinal))}.");
        }

        var context = new TemplateContext(options) { CultureInfo = CultureFor(template.Language) };
        foreach (var (name, value) in model ?? [])
        {
            context.SetValue(name, JsonModelConverter.ToPlainValue(value));
        }

        try
        {
            var subject = WhitespacePattern().Replace(template.Subject.Render(context), " ").Trim();
            var body = template.Body.Render(context).TrimEnd() + "\n";
            return MailRenderResult.Success(new RenderedMail(subject, body, template.Language));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or IOException or ParseException)
        {
            return MailRenderResult.Failure($"Mail template '{template.File}' failed to render: {e.Message}");
        }
    }

    private MailTemplate? Find(string templateId, string? language)
    {
        var requested = (language ?? "").Trim().ToLowerInvariant();
        var primary = requested.Split('-')[0];
        foreach (var candidate in new[] { requested, primary, DefaultLanguage })
        {
            if (candidate.Length > 0 && templates.TryGetValue((templateId, candidate), out var template))
            {
                return template;
            }
        }

        return null;
    }

    private static CultureInfo CultureFor(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
