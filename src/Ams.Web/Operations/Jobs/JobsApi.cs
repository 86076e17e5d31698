using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;
using Ams.Workflow.Engine;

namespace Ams.Web.Operations.Jobs;

/// <summary>
/// <c>/api/jobs</c>: the external-worker API. A worker activates jobs of a type with a lease, then completes,
/// fails or throws a BPMN error; only the caller holding the lease may answer, and an expired lease returns the job.
/// </summary>
public static class JobsApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/jobs").RequireAuthorization(Roles.Admin).WithTags("Jobs");
        group.MapPost("/activation", ActivateAsync);
        group.MapPost("/{id:guid}/complete", CompleteAsync);
        group.MapPost("/{id:guid}/fail", FailAsync);
        group.MapPost("/{id:guid}/error", ErrorAsync);
        return routes;
    }

    /// <summary>Which jobs to take and for how long.</summary>
    public sealed record ActivationRequest([property: Required] string Type, int MaxJobs = 1, int LockSeconds = 300);

    /// <summary>Variables a job completes with.</summary>
    public sealed record CompleteRequest(JsonObject? Variables);

    /// <summary>A failed attempt and the retries left.</summary>
    public sealed record FailRequest(int Retries, string? Message, int? BackoffSeconds);

    /// <summary>A BPMN error for an error boundary event to catch.</summary>
    public sealed record ErrorRequest([property: Required] string ErrorCode, string? Message);

    private static async Task<IResult> ActivateAsync(ActivationRequest request, ClaimsPrincipal user, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Type))
        {
            return CommandResults.Invalid("type", "Name the job type.");
        }

        if (request.MaxJobs is < 1 or > 100)
        {
            return CommandResults.Invalid("maxJobs", "Between 1 and 100 jobs may be activated at once.");
        }

        if (request.LockSeconds is < 1 or > 86_400)
        {
            return CommandResults.Invalid("lockSeconds", "A lease lasts between 1 second and 1 day.");
        }

        var jobs = await engine.ActivateJobsAsync(request.Type, request.MaxJobs, Worker(user), TimeSpan.FromSeconds(request.LockSeconds), cancellationToken);
        return TypedResults.Ok(jobs.Select(j => new
        {
            id = j.Key,
            type = j.Type,
            processInstanceId = j.ProcessInstanceId,
            elementId = j.ElementId,
            retries = j.Retries,
            variables = j.Variables,
            headers = j.Headers,
            lockedUntil = j.LockedUntil,
        }));
    }

    private static async Task<IResult> CompleteAsync(Guid id, CompleteRequest? request, ClaimsPrincipal user, WorkflowEngine engine, CancellationToken cancellationToken) =>
        (await engine.CompleteJobAsync(id, Worker(user), request?.Variables, cancellationToken: cancellationToken)).ToHttp();

    private static async Task<IResult> FailAsync(Guid id, FailRequest request, ClaimsPrincipal user, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        if (request.Retries < 0)
        {
            return CommandResults.Invalid("retries", "Retries cannot be negative.");
        }

        var backoff = request.BackoffSeconds is { } seconds ? TimeSpan.FromSeconds(Math.Clamp(seconds, 0, 86_400)) : (TimeSpan?)null;
        return (await engine.FailJobAsync(id, Worker(user), request.Retries, request.Message, backoff, cancellationToken)).ToHttp();
    }

    private static async Task<IResult> ErrorAsync(Guid id, ErrorRequest request, ClaimsPrincipal user, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.ErrorCode))
        {
            return CommandResults.Invalid("errorCode", "Name the BPMN error code.");
        }

        return (await engine.ThrowErrorAsync(id, Worker(user), request.ErrorCode, request.Message, cancellationToken)).ToHttp();
    }

    private static string Worker(ClaimsPrincipal user) => "user:" + Caller.Id(user);
}
