using System.Security.Claims;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;
using Ams.Workflow.Engine;

namespace Ams.Web.Operations.Instances;

/// <summary>
/// Incidents for administrators: every open incident with its element and message, and a retry that returns a failed
/// job to the pool (or re-runs a held step) once the cause is fixed.
/// </summary>
public static class IncidentsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapIncidentsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/incidents").RequireAuthorization(Roles.Admin).WithTags("Process instances");
        group.MapGet("/", ListAsync);
        group.MapPost("/{id:guid}/retry", RetryAsync);
        return routes;
    }

    /// <summary>How many retries the job gets back (at least 1).</summary>
    public sealed record RetryRequest(int? Retries);

    private static async Task<IResult> ListAsync(WorkflowEngine engine, CancellationToken cancellationToken)
    {
        var incidents = await engine.Store.FindOpenIncidentsAsync(null, cancellationToken);
        return TypedResults.Ok(incidents.Select(i => new
        {
            id = i.Key,
            processInstanceId = i.ProcessInstanceId,
            processId = i.ProcessId,
            elementId = i.ElementId,
            type = i.Type.ToString(),
            message = i.Message,
            createdAt = i.CreatedAt,
        }));
    }

    private static async Task<IResult> RetryAsync(Guid id, RetryRequest? request, ClaimsPrincipal user, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        if (request?.Retries is < 1 or > 100)
        {
            return CommandResults.Invalid("retries", "Between 1 and 100 retries.");
        }

        var incident = (await engine.Store.FindOpenIncidentsAsync(null, cancellationToken)).FirstOrDefault(i => i.Key == id);
        if (incident is null)
        {
            return CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", "No open incident with this id.");
        }

        return (await engine.RetryIncidentAsync(incident.ProcessInstanceId, id, request?.Retries, Caller.Name(user), cancellationToken)).ToHttp();
    }
}
