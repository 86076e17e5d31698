using Ams.Web.Infrastructure.Hosting;
using Ams.Workflow.Engine.Parsing;

namespace Ams.Web.Operations.Workflows;

/// <summary>
/// The XML body of a deploy or check request, for BPMN models and DMN files alike: read up to
/// <see cref="WorkflowsApi.MaxModelBytes"/>, refused when too large or empty, and a check's answer split by severity.
/// </summary>
internal static class ModelBody
{
    /// <summary>The body, or the problem that refuses it (413 past the limit, 400 naming <c>body</c> when empty).</summary>
    public static async Task<(string Xml, IResult? Refusal)> ReadAsync(
        HttpRequest request, string tooLargeTitle, string tooLargeDetail, string emptyDetail, CancellationToken cancellationToken)
    {
        var xml = await RequestText.ReadAsync(request, WorkflowsApi.MaxModelBytes, cancellationToken);
        if (xml is null)
        {
            return ("", CommandResults.Problem(StatusCodes.Status413PayloadTooLarge, tooLargeTitle, tooLargeDetail));
        }

        return string.IsNullOrWhiteSpace(xml) ? ("", CommandResults.Invalid("body", emptyDetail)) : (xml, null);
    }

    /// <summary>A check's answer: the problems that block deployment, and the warnings.</summary>
    public static IResult Checked(IEnumerable<ModelProblem> problems)
    {
        var all = problems.Select(ModelError.From).ToList();
        return TypedResults.Ok(new
        {
            errors = all.Where(p => p.Severity == "error").ToList(),
            warnings = all.Where(p => p.Severity != "error").ToList(),
        });
    }
}
