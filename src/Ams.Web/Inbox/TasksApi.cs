using System.Security.Claims;
using System.Text.Json.Nodes;
using Ams.Web.Accounts;
using Ams.Web.Forms;
using Ams.Web.Hosting;
using Ams.Web.Requests;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Inbox;

/// <summary>
/// <c>/api/tasks</c>: the verifier inbox. A caller sees and works only tasks of their groups or assigned to them;
/// a holder's own request can never be decided by that holder (four eyes, checked here on the server).
/// </summary>
public static class TasksApi
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapTasksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/tasks").RequireAuthorization(Roles.Verifier).WithTags("Inbox");
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        group.MapPost("/{id:guid}/claim", ClaimAsync);
        group.MapPost("/{id:guid}/unclaim", UnclaimAsync);
        group.MapPost("/{id:guid}/complete", CompleteAsync);
        return routes;
    }

    /// <summary>The variables a task is completed with.</summary>
    public sealed record CompleteRequest(JsonObject? Variables);

    private static async Task<IResult> ListAsync(
        ClaimsPrincipal user, WorkflowEngine engine, AmsDbContext db, TimeProvider clock, CancellationToken cancellationToken,
        string? scope = null, string? reason = null, string? holder = null, string? serial = null, bool overdue = false)
    {
        var caller = Caller.Id(user);
        var query = scope switch
        {
            "mine" => new UserTaskQuery { State = UserTaskState.Created, Assignee = caller },
            "completed" => new UserTaskQuery { State = UserTaskState.Completed, CompletedBy = caller },
            null or "" or "open" => new UserTaskQuery { State = UserTaskState.Created, CandidateUser = caller, CandidateGroups = GroupsOf(user) },
            _ => null,
        };
        if (query is null)
        {
            return CommandResults.Invalid("scope", "The scope is open, mine or completed.");
        }

        var tasks = await engine.Store.QueryUserTasksAsync(query, cancellationToken);
        var requests = await RequestsOfAsync(db, tasks, cancellationToken);
        var now = clock.GetUtcNow();
        var views = tasks
            .Select(t => TaskView.From(t, t.BusinessKey is { } key && requests.TryGetValue(key, out var r) ? r : null))
            .Where(t => reason is null || string.Equals(t.Request?.Reason, reason, StringComparison.OrdinalIgnoreCase))
            .Where(t => holder is null || (t.Request?.HolderEmail.Contains(holder, StringComparison.OrdinalIgnoreCase) ?? false))
            .Where(t => serial is null || string.Equals(t.Request?.SerialNumber, serial.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(t => !overdue || t.DueAt < now)
            .ToList();
        return TypedResults.Ok(views);
    }

    private static async Task<IResult> GetAsync(Guid id, ClaimsPrincipal user, WorkflowEngine engine, AmsDbContext db, CancellationToken cancellationToken)
    {
        var task = await FindWorkableAsync(id, user, engine, cancellationToken);
        if (task is null)
        {
            return NotFound();
        }

        var request = await RequestOfAsync(db, task, cancellationToken);
        var earlier = request is null
            ? []
            : await db.Requests.AsNoTracking().Where(r => r.HolderId == request.HolderId && r.Id != request.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(new
        {
            task = TaskView.From(task, request),
            variables = task.Variables,
            earlierRequests = earlier.OrderByDescending(r => r.CreatedAt).Select(RequestView.From),
        });
    }

    private static async Task<IResult> ClaimAsync(Guid id, ClaimsPrincipal user, WorkflowEngine engine, AmsDbContext db, CancellationToken cancellationToken)
    {
        var task = await FindWorkableAsync(id, user, engine, cancellationToken);
        if (task is null)
        {
            return NotFound();
        }

        if (await IsOwnRequestAsync(db, task, user, cancellationToken))
        {
            return OwnRequest();
        }

        return (await engine.ClaimUserTaskAsync(id, Caller.Id(user), cancellationToken)).ToHttp();
    }

    private static async Task<IResult> UnclaimAsync(Guid id, ClaimsPrincipal user, WorkflowEngine engine, CancellationToken cancellationToken) =>
        await FindWorkableAsync(id, user, engine, cancellationToken) is null
            ? NotFound()
            : (await engine.UnclaimUserTaskAsync(id, Caller.Id(user), cancellationToken)).ToHttp();

    private static async Task<IResult> CompleteAsync(
        Guid id, CompleteRequest? body, ClaimsPrincipal user, WorkflowEngine engine, AmsDbContext db, FormCatalog forms, CancellationToken cancellationToken)
    {
        var task = await FindWorkableAsync(id, user, engine, cancellationToken);
        if (task is null)
        {
            return NotFound();
        }

        if (await IsOwnRequestAsync(db, task, user, cancellationToken))
        {
            return OwnRequest();
        }

        var variables = body?.Variables?.DeepClone().AsObject() ?? [];
        var errors = forms.Find(task.FormKey)?.Validate(variables) ?? [];
        if (task.FormKey == "verification" && variables["decision"]?.ToString() == VerificationStates.Rejected && string.IsNullOrWhiteSpace(variables["note"]?.ToString()))
        {
            errors["note"] = ["A note is required to reject a request."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The form is not filled in correctly.");
        }

        // Who decided is recorded by the server, never taken from the client.
        variables["decidedBy"] = Caller.Name(user);
        var result = await engine.CompleteUserTaskAsync(id, Caller.Id(user), variables, cancellationToken);
        return result.Status == CommandStatus.NotFound
            ? CommandResults.Problem(StatusCodes.Status409Conflict, "Already decided", "The task was completed by someone else.")
            : result.ToHttp();
    }

    /// <summary>The task when the caller may see and work it (a candidate, its assignee or an administrator); else null.</summary>
    private static async Task<UserTaskRecord?> FindWorkableAsync(Guid id, ClaimsPrincipal user, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        var task = await engine.Store.FindUserTaskAsync(id, cancellationToken);
        if (task is null)
        {
            return null;
        }

        var caller = Caller.Id(user);
        return task.IsCandidate(caller, GroupsOf(user)) || task.Assignee == caller || task.CompletedBy == caller || user.IsInRole(Roles.Admin) ? task : null;
    }

    private static async Task<bool> IsOwnRequestAsync(AmsDbContext db, UserTaskRecord task, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        (await RequestOfAsync(db, task, cancellationToken))?.HolderId == Caller.Id(user);

    private static async Task<HolderRequest?> RequestOfAsync(AmsDbContext db, UserTaskRecord task, CancellationToken cancellationToken) =>
        Guid.TryParse(task.BusinessKey, out var requestId) ? await db.Requests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken) : null;

    private static async Task<Dictionary<string, HolderRequest>> RequestsOfAsync(AmsDbContext db, IReadOnlyList<UserTaskRecord> tasks, CancellationToken cancellationToken)
    {
        var ids = tasks.Select(t => Guid.TryParse(t.BusinessKey, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        var requests = await db.Requests.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        return requests.ToDictionary(r => r.Id.ToString(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The candidate groups a caller belongs to: their roles, and administrators stand in for verifiers.</summary>
    private static List<string> GroupsOf(ClaimsPrincipal user)
    {
        var groups = Roles.All.Where(user.IsInRole).ToList();
        if (groups.Contains(Roles.Admin) && !groups.Contains(Roles.Verifier))
        {
            groups.Add(Roles.Verifier);
        }

        return groups;
    }

    private static IResult NotFound() => CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", "No such task in your inbox.");

    private static IResult OwnRequest() =>
        CommandResults.Problem(StatusCodes.Status403Forbidden, "Four eyes", "You cannot decide a request you made yourself.");
}
