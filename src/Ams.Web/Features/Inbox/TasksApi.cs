using System.Security.Claims;
using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;

namespace Ams.Web.Features.Inbox;

/// <summary><c>/api/tasks</c>: the verifier inbox over HTTP (DESIGN.md §6).</summary>
public static class TasksApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapTasksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/tasks").RequireAuthorization(Roles.Verifier).WithTags("Inbox");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapGet("/{id:guid}/documents/{number:int}", DocumentAsync)
            .Produces<byte[]>(StatusCodes.Status200OK, contentType: "application/pdf", "image/jpeg", "image/png").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/claim", (Guid id, ClaimsPrincipal user, VerifierInbox inbox, CancellationToken ct) => AnswerAsync(inbox.ClaimAsync(id, user, ct)));
        group.MapPost("/{id:guid}/unclaim", (Guid id, ClaimsPrincipal user, VerifierInbox inbox, CancellationToken ct) => AnswerAsync(inbox.UnclaimAsync(id, user, ct)));
        group.MapPost("/{id:guid}/complete", (Guid id, CompleteRequest? body, ClaimsPrincipal user, VerifierInbox inbox, CancellationToken ct) =>
            AnswerAsync(inbox.CompleteAsync(id, body?.Variables, user, ct)));
        return routes;
    }

    /// <summary>The variables a task is completed with.</summary>
    public sealed record CompleteRequest(JsonObject? Variables);

    private static async Task<IResult> ListAsync(
        ClaimsPrincipal user, VerifierInbox inbox, CancellationToken cancellationToken,
        string? scope = null, string? reason = null, string? holder = null, string? serial = null, bool overdue = false, string? kind = null)
    {
        if (kind is not (null or "" or Features.Requests.RequestKinds.Issue or Features.Requests.RequestKinds.Revoke))
        {
            return CommandResults.Invalid("kind", "The kind is issue or revoke.");
        }

        var tasks = await inbox.ListAsync(user, new InboxFilter(scope, reason, holder, serial, overdue, kind), cancellationToken);
        return tasks is null ? CommandResults.Invalid("scope", "The scope is open, mine or completed.") : TypedResults.Ok(tasks);
    }

    private static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, VerifierInbox inbox, CancellationToken cancellationToken) =>
        await inbox.FindAsync(id, user, cancellationToken) is { } details
            ? TypedResults.Ok(new
            {
                task = details.Task, certificate = details.Certificate, variables = details.Variables, earlierRequests = details.EarlierRequests,
                documents = details.Documents,
            })
            : Answer(InboxOutcome.NotFound);

    /// <summary>A document of the task's request, for whoever may open the task.</summary>
    private static async Task<IResult> DocumentAsync(
        Guid id, int number, HttpContext context, ClaimsPrincipal user, VerifierInbox inbox, AmsDbContext db, CancellationToken cancellationToken) =>
        await inbox.FindAsync(id, user, cancellationToken) is { Task.RequestId: { } requestId } && Guid.TryParse(requestId, out var request)
            && await Features.Issuance.DocumentDownload.FindAsync(db, request, number, cancellationToken) is { } document
            ? Features.Issuance.DocumentDownload.Serve(context, document)
            : Answer(InboxOutcome.NotFound);

    private static async Task<IResult> AnswerAsync(Task<InboxOutcome> action) => Answer(await action);

    private static IResult Answer(InboxOutcome outcome) => outcome.Kind switch
    {
        InboxOutcomeKind.Done => TypedResults.Ok(),
        InboxOutcomeKind.NotFound => CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", outcome.Message),
        InboxOutcomeKind.FourEyes => CommandResults.Refused(outcome.Message, outcome.Rule),
        InboxOutcomeKind.Conflict => CommandResults.Problem(StatusCodes.Status409Conflict, "Conflict", outcome.Message),
        _ when outcome.Errors is { } errors => TypedResults.ValidationProblem(errors, title: outcome.Message),
        _ => CommandResults.Problem(StatusCodes.Status400BadRequest, "Invalid request", outcome.Message),
    };
}
