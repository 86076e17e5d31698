using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;

namespace Ams.Web.Operations.Instances;

/// <summary>
/// <c>/api/process-instances</c>: start instances, list them with filters, read one with its history and the model of its
/// version, and count a version's instances per element (administrators).
/// </summary>
public static class ProcessInstancesApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapProcessInstancesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/process-instances").RequireAuthorization(Roles.Admin).WithTags("Process instances");
        group.MapPost("/", StartAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapGet("/{id:guid}/history", HistoryAsync);
        group.MapGet("/{id:guid}/model", ModelAsync);
        group.MapGet("/statistics", StatisticsAsync);
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

        if (engine.RefusalOf(request.Variables) is { } refusal)
        {
            return CommandResults.Invalid("variables", refusal);
        }

        var started = await engine.StartInstanceAsync(request.ProcessId, request.Variables, actor: Caller.Name(user), cancellationToken: cancellationToken);
        return started.Succeeded
            ? TypedResults.Created($"/api/process-instances/{started.Value}", new { id = started.Value })
            : started.ToHttp();
    }

    private static async Task<IResult> ListAsync(
        WorkflowEngine engine, CancellationToken cancellationToken,
        string? processId = null, int? version = null, string? state = null, bool? withIncidents = null, string? request = null, int limit = 100)
    {
        ProcessInstanceState? wanted = null;
        if (state is not null)
        {
            if (!Enum.TryParse<ProcessInstanceState>(state, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return CommandResults.Invalid("state", "The state is active, completed or terminated.");
            }

            wanted = parsed;
        }

        if (limit is < 1 or > 1000)
        {
            return CommandResults.Invalid("limit", "Between 1 and 1000 instances.");
        }

        var instances = await engine.Store.QueryInstancesAsync(
            new InstanceQuery { ProcessId = processId, Version = version, State = wanted, WithIncidents = withIncidents, BusinessKey = request, Limit = limit },
            cancellationToken);
        return TypedResults.Ok(instances.Select(i => new
        {
            id = i.Id,
            processId = i.ProcessId,
            version = i.Version,
            state = i.State.ToString().ToLowerInvariant(),
            requestId = i.BusinessKey,
            startedAt = i.StartedAt,
            endedAt = i.EndedAt,
            hasIncident = i.HasIncident,
        }));
    }

    private static async Task<IResult> HistoryAsync(Guid id, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        if (await engine.GetInstanceAsync(id, cancellationToken) is null)
        {
            return CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", $"No process instance {id}.");
        }

        var history = await engine.Store.GetHistoryAsync(id, cancellationToken);
        return TypedResults.Ok(history.Select(h => new { type = h.Type.ToString(), elementId = h.ElementId, actor = h.Actor, at = h.At, details = h.Details }));
    }

    private static async Task<IResult> ModelAsync(Guid id, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        // The version the instance runs on, not the latest: a newer deploy must not repaint an older instance.
        var instance = await engine.GetInstanceAsync(id, cancellationToken);
        var definition = instance is null ? null : await engine.Store.FindDefinitionAsync(instance.DefinitionKey, cancellationToken);
        return definition is null
            ? CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", $"No process instance {id}.")
            : TypedResults.Text(definition.Xml, "application/xml", System.Text.Encoding.UTF8);
    }

    private static async Task<IResult> StatisticsAsync(WorkflowEngine engine, CancellationToken cancellationToken, string? processId = null, int? version = null)
    {
        if (string.IsNullOrWhiteSpace(processId))
        {
            return CommandResults.Invalid("processId", "Name the process.");
        }

        if (version is not { } number || number < 1)
        {
            return CommandResults.Invalid("version", "Name the version, 1 or more.");
        }

        if (await engine.Store.FindDefinitionAsync(processId, number, cancellationToken) is null)
        {
            return CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", $"No version {number} of process {processId}.");
        }

        var counts = await engine.Store.CountByElementAsync(processId, number, cancellationToken);
        return TypedResults.Ok(counts.Select(c => new { elementId = c.ElementId, active = c.Active, incidents = c.Incidents }));
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
            parentInstanceId = instance.ParentInstanceId,
            calledInstances = instance.Elements.Where(e => e.CalledInstanceId is not null)
                .Select(e => new { elementId = e.ElementId, instanceId = e.CalledInstanceId }),
            activeElementIds = instance.Elements.Where(e => e.ElementId != instance.ProcessId).Select(e => e.ElementId).Distinct().ToList(),
            variables = instance.Variables,
            incidents = instance.Incidents.Where(i => i.State == IncidentState.Open)
                .Select(i => new { id = i.Key, elementId = i.ElementId, type = i.Type.ToString(), message = i.Message, createdAt = i.CreatedAt }),
        });
    }
}
