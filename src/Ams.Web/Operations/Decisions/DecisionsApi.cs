using System.Text;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;
using Ams.Web.Operations.Workflows;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Storage;

namespace Ams.Web.Operations.Decisions;

/// <summary><c>/api/decisions</c>: deploy DMN decision tables, check them, list their versions (administrators).</summary>
public static class DecisionsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapDecisionsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/decisions").RequireAuthorization(Roles.Admin).WithTags("Decisions");
        group.MapPost("/", DeployAsync).Accepts<string>("application/xml", "text/xml");
        group.MapGet("/", ListAsync);
        group.MapPost("/validation", ValidateAsync).Accepts<string>("application/xml", "text/xml");
        group.MapGet("/{decisionRequirementsId}/versions/{version:int}/xml", XmlAsync);
        return routes;
    }

    private static async Task<IResult> DeployAsync(
        HttpRequest request, WorkflowEngine engine, Operations.Audit.AuditTrail audit, CancellationToken cancellationToken, string? resourceName = null)
    {
        var (xml, refusal) = await ReadAsync(request, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var name = string.IsNullOrWhiteSpace(resourceName) ? "designer.dmn" : resourceName.Trim();
        var result = await engine.DeployDecisionsAsync(xml, name, cancellationToken);
        if (!result.Succeeded)
        {
            return TypedResults.Problem(
                "The decisions cannot be deployed; see errors.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid decisions",
                extensions: new Dictionary<string, object?> { ["errors"] = result.Problems.Select(ModelError.From).ToList() });
        }

        if (result.Created)
        {
            await audit.RecordAsync(Operations.Audit.AuditEvent.DecisionsDeployed(result.DecisionRequirementsId!, result.Version), cancellationToken);
        }

        var body = new
        {
            decisionRequirementsId = result.DecisionRequirementsId,
            version = result.Version,
            created = result.Created,
            decisions = result.DecisionIds,
            warnings = result.Problems.Select(ModelError.From).ToList(),
        };
        return result.Created
            ? TypedResults.Created($"/api/decisions/{result.DecisionRequirementsId}/versions/{result.Version}/xml", body)
            : TypedResults.Ok(body);
    }

    private static async Task<IResult> ValidateAsync(HttpRequest request, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        var (xml, refusal) = await ReadAsync(request, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return ModelBody.Checked(engine.ValidateDecisions(xml));
    }

    private static async Task<IResult> ListAsync(WorkflowEngine engine, CancellationToken cancellationToken) =>
        TypedResults.Ok((await engine.ListDecisionVersionsAsync(cancellationToken)).Select(Describe));

    private static async Task<IResult> XmlAsync(string decisionRequirementsId, int version, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        var resource = await engine.GetDecisionVersionAsync(decisionRequirementsId, version, cancellationToken);
        return resource is null
            ? CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", $"Decisions '{decisionRequirementsId}' have no version {version}.")
            : TypedResults.File(Encoding.UTF8.GetBytes(resource.Xml), "application/xml", $"{decisionRequirementsId}-v{version}.dmn");
    }

    private static object Describe(DecisionResourceRecord resource) => new
    {
        decisionRequirementsId = resource.DecisionRequirementsId,
        name = resource.Name,
        version = resource.Version,
        resourceName = resource.ResourceName,
        decisions = resource.DecisionIds,
        deployedAt = resource.DeployedAt,
    };

    private static Task<(string Xml, IResult? Refusal)> ReadAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ModelBody.ReadAsync(
            request, "Decisions too large", $"A DMN file may have at most {WorkflowsApi.MaxModelBytes:N0} bytes.", "The request has no DMN XML.", cancellationToken);
}
