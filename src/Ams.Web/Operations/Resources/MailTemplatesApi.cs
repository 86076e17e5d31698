using System.Globalization;
using System.Security.Claims;
using Ams.Mail.Templates;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;
using Ams.Web.Infrastructure.Localization;

namespace Ams.Web.Operations.Resources;

/// <summary><c>/api/mail-templates</c>: the versions of the Liquid mail templates, per language, and a preview (administrators).</summary>
public static class MailTemplatesApi
{
    /// <summary>The largest template accepted.</summary>
    public const int MaxTemplateChars = 64 * 1024;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapMailTemplatesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/mail-templates").RequireAuthorization(Roles.Admin).WithTags("Mail templates");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id}/{language}", GetAsync);
        group.MapGet("/{id}/{language}/versions", VersionsAsync);
        group.MapPost("/", SaveAsync);
        group.MapPost("/preview", Preview);
        return routes;
    }

    /// <summary>A template variant to save.</summary>
    public sealed record SaveRequest(string? Id, string? Language, string? Content);

    /// <summary>A template text to render with sample variables.</summary>
    public sealed record PreviewRequest(string? Content, string? Language);

    private static async Task<IResult> ListAsync(ResourceStore store, CancellationToken cancellationToken)
    {
        var latest = await store.LatestOfEachAsync(ResourceKinds.MailTemplate, cancellationToken);
        return TypedResults.Ok(latest
            .GroupBy(v => MailTemplateKey.IdOf(v.Key))
            .Select(g => new
            {
                id = g.Key,
                languages = g.Select(v => new { language = MailTemplateKey.LanguageOf(v.Key), version = v.Version, deployedAt = v.DeployedAt, deployedBy = v.DeployedBy }),
            }));
    }

    private static async Task<IResult> GetAsync(string id, string language, ResourceStore store, CancellationToken cancellationToken, int? version = null)
    {
        var key = MailTemplateKey.Of(id, language);
        var found = version is { } number
            ? await store.FindAsync(ResourceKinds.MailTemplate, key, number, cancellationToken)
            : await store.LatestAsync(ResourceKinds.MailTemplate, key, cancellationToken);
        return found is null
            ? CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", $"No mail template '{id}' in '{language}'{(version is null ? "" : $" at version {version}")}.")
            : TypedResults.Ok(new { id, language, version = found.Version, deployedAt = found.DeployedAt, deployedBy = found.DeployedBy, content = found.Content });
    }

    private static async Task<IResult> VersionsAsync(string id, string language, ResourceStore store, CancellationToken cancellationToken)
    {
        var versions = await store.VersionsAsync(ResourceKinds.MailTemplate, MailTemplateKey.Of(id, language), cancellationToken);
        return versions.Count == 0
            ? CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", $"No mail template '{id}' in '{language}'.")
            : TypedResults.Ok(versions.Select(v => new { version = v.Version, deployedAt = v.DeployedAt, deployedBy = v.DeployedBy, checksum = v.Checksum, shipped = v.FromFolder }));
    }

    private static async Task<IResult> SaveAsync(SaveRequest? body, ClaimsPrincipal user, ResourceStore store, CancellationToken cancellationToken)
    {
        if (!ResourceIds.IsSafe(body?.Id))
        {
            return CommandResults.Invalid("id", "A template id has only lower-case letters, digits and dashes (at most 64).");
        }

        if (body!.Language is null || !MailTemplateKey.Languages.Contains(body.Language))
        {
            return CommandResults.Invalid("language", $"The language is one of {string.Join(", ", MailTemplateKey.Languages)}.");
        }

        if (Parse(body.Id!, body.Language, body.Content).Problem is { } problem)
        {
            return problem;
        }

        var saved = await store.SaveAsync(ResourceKinds.MailTemplate, MailTemplateKey.Of(body.Id!, body.Language), body.Content!, Caller.Name(user), fromFolder: false, cancellationToken);
        var answer = new { id = body.Id, language = body.Language, version = saved.Version.Version };
        return saved.Created
            ? TypedResults.Created($"/api/mail-templates/{body.Id}/{body.Language}?version={saved.Version.Version}", answer)
            : TypedResults.Ok(answer);
    }

    private static IResult Preview(PreviewRequest? body)
    {
        var language = body?.Language is { } requested && MailTemplateKey.Languages.Contains(requested) ? requested : MailTemplateKey.Languages[0];
        var parsed = Parse("preview", language, body?.Content);
        if (parsed.Problem is { } problem)
        {
            return problem;
        }

        var library = MailTemplateLibrary.Create([parsed.Template!], language);
        var rendered = library.Render("preview", language, MailPreviewSamples.Variables());
        return rendered.Succeeded
            ? TypedResults.Ok(new { subject = rendered.Mail.Subject, body = rendered.Mail.Body })
            : CommandResults.Invalid("content", Texts.Format("templateRenderFailed", rendered.Error));
    }

    /// <summary>The parsed template, or a 400 naming the line and column of the first problem.</summary>
    private static ParsedTemplate Parse(string id, string language, string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return new ParsedTemplate(null, CommandResults.Invalid("content", Texts.Get("templateEmpty")));
        }

        if (content.Length > MaxTemplateChars)
        {
            return new ParsedTemplate(null, CommandResults.Invalid("content", Texts.Format("templateTooLong", MaxTemplateChars.ToString("N0", CultureInfo.CurrentCulture))));
        }

        if (MailTemplate.TryParse(MailTemplateKey.Of(id, language) + MailTemplate.FileExtension, content, out var template, out var problems))
        {
            return new ParsedTemplate(template, null);
        }

        var first = problems[0];
        return new ParsedTemplate(null, TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { ["content"] = [Sentence(first)] },
            title: Texts.Get("templateUnusable"),
            extensions: new Dictionary<string, object?> { ["line"] = first.Line, ["column"] = first.Column, ["message"] = first.Message }));
    }

    /// <summary>A template's problem as a sentence in the reader's language, with its line and column; Fluid's own words only as detail.</summary>
    private static string Sentence(MailTemplateProblem problem) => problem.Kind switch
    {
        MailTemplateProblemKind.SubjectLine => Texts.Format("templateSubjectLine", problem.Line, problem.Column),
        MailTemplateProblemKind.BlankLine => Texts.Format("templateBlankLine", problem.Line, problem.Column),
        _ => Texts.Format("templateSyntax", problem.Line, problem.Column, problem.Message),
    };

    private sealed record ParsedTemplate(MailTemplate? Template, IResult? Problem);
}
