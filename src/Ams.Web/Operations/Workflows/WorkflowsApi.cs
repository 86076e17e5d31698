using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;
using Ams.Workflow.Engine;
using System.Security.Claims;

namespace Ams.Web.Operations.Workflows;

/// <summary><c>/api/workflows</c>: deploy BPMN models and list their versions (administrators).</summary>
public static class WorkflowsApi
{
    /// <summary>The largest model accepted over HTTP.</summary>
    public const int MaxModelBytes = 8 * 1024 * 1024;

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapWorkflowsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/workflows").RequireAuthorization(Roles.Admin).WithTags("Workflows");
        group.MapPost("/", DeployAsync).Accepts<string>("application/xml", "text/xml");
        group.MapGet("/", ListAsync);
        group.MapPost("/validation", ValidateAsync).Accepts<string>("application/xml", "text/xml");
        group.MapWorkflowVersions();
        return routes;
    }

    private static async Task<IResult> DeployAsync(HttpRequest request, ClaimsPrincipal user, WorkflowEngine engine, Operations.Audit.AuditTrail audit, CancellationToken cancellationToken)
    {
        var (xml, refusal) = await ReadModelAsync(request, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var result = await engine.DeployAsync(xml, Caller.Name(user), cancellationToken);
        if (!result.Succeeded)
        {
            return TypedResults.Problem(
                "The model cannot be deployed; see errors.",
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid model",
                extensions: new Dictionary<string, object?> { ["errors"] = result.Problems.Select(ModelError.From).ToList() });
        }

        if (result.Created)
        {
            await audit.RecordAsync(Operations.Audit.AuditEvent.Deployed(result.ProcessId!, result.Version), cancellationToken);
        }

        var body = new { processId = result.ProcessId, version = result.Version, created = result.Created, warnings = result.Problems.Select(ModelError.From).ToList() };
        return result.Created ? TypedResults.Created($"/api/workflows/{result.ProcessId}/versions/{result.Version}/xml", body) : TypedResults.Ok(body);
    }

    private static async Task<IResult> ValidateAsync(HttpRequest request, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        var (xml, refusal) = await ReadModelAsync(request, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return ModelBody.Checked(engine.Validate(xml));
    }

    private static Task<(string Xml, IResult? Refusal)> ReadModelAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ModelBody.ReadAsync(request, "Model too large", $"A model may have at most {MaxModelBytes:N0} bytes.", "The request has no BPMN XML.", cancellationToken);

    private static async Task<IResult> ListAsync(WorkflowEngine engine, CancellationToken cancellationToken)
    {
        var definitions = await engine.Store.ListDefinitionsAsync(cancellationToken);
        return TypedResults.Ok(definitions.Select(d => new { processId = d.ProcessId, name = d.Name, version = d.Version, deployedAt = d.DeployedAt, deployedBy = d.DeployedBy }));
    }
}
