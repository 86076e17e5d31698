using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Ams.Web.Accounts;
using Ams.Web.Hosting;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Web.Instances;

/// <summary><c>/api/process-instances</c>: start an instance and read one (administrators).</summary>
public static class ProcessInstancesApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapProcessInstancesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/process-instances").RequireAuthorization(Roles.Admin).WithTags("Process instances");
        group.MapPost("/", StartAsync);
        group.MapGet("/{id:guid}", GetAsync);
        return routes;
    }

    /// <summary>What to start.</summary>
    public sealed record StartRequest([property: Required] string ProcessId, JsonObject? Variables);

    private static async Task<IResult> StartAsync(StartRequest request, ClaimsPrincipal user, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.ProcessId))
        {
            return CommandResults.Invalid("processId", "Name the process to start.");
        }

        var started = await engine.StartInstanceAsync(request.ProcessId, request.Variables, actor: Caller.Name(user), cancellationToken: cancellationToken);
        return started.Succeeded
            ? TypedResults.Created($"/api/process-instances/{started.Value}", new { id = started.Value })
            : started.ToHttp();
    }

    private static async Task<IResult> GetAsync(Guid id, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        var instance = await engine.GetInstanceAsync(id, cancellationToken);
        if (instance is null)
        {
            return CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", $"No process instance {id}.");
        }

        return TypedResults.Ok(new
        {
            id = instance.Id,
            processId = instance.ProcessId,
            version = instance.Version,
            state = instance.State.ToString().ToLowerInvariant(),
            activeElementIds = instance.Elements.Where(e => e.ElementId != instance.ProcessId).Select(e => e.ElementId).Distinct().ToList(),
            variables = instance.Variables,
            incidents = instance.Incidents.Where(i => i.State == IncidentState.Open)
                .Select(i => new { id = i.Key, elementId = i.ElementId, type = i.Type.ToString(), message = i.Message, createdAt = i.CreatedAt }),
        });
    }
}
