using System.Security.Claims;
using System.Text.Json.Nodes;
using Ams.Pki.Authority;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Certificates;
using Ams.Web.Features.Requests;
using Ams.Web.Infrastructure.Hosting;
using Ams.Web.Operations.Audit;
using Ams.Web.Operations.Forms;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ams.Web.Features.Inbox;

/// <summary>
/// The verifier inbox, for the API and the pages alike: a caller sees and works only tasks of their groups or
/// assigned to them. Who may not decide a task (the requester, whoever did a step it is separated from) is the model's
/// to declare and the engine's to check, inside the claiming or completing command.
/// </summary>
public sealed class VerifierInbox(WorkflowEngine engine, AmsDbContext db, FormCatalog forms, CertificateAuthority ca, AuditTrail audit, TimeProvider clock)
{
    /// <summary>The tasks of a scope (<c>open</c>, <c>mine</c>, <c>completed</c>) that pass the filter; null for an unknown scope.</summary>
    public async Task<List<TaskView>?> ListAsync(ClaimsPrincipal user, InboxFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var caller = Caller.Id(user);
        var query = filter.Scope switch
        {
            "mine" => new UserTaskQuery { State = UserTaskState.Created, Assignee = caller },
            "completed" => new UserTaskQuery { State = UserTaskState.Completed, CompletedBy = caller },
            null or "" or "open" => new UserTaskQuery { State = UserTaskState.Created, CandidateUser = caller, CandidateGroups = GroupsOf(user) },
            _ => null,
        };
        if (query is null)
        {
            return null;
        }

        var tasks = await engine.Store.QueryUserTasksAsync(query, cancellationToken);
        var requests = await RequestsOfAsync(tasks, cancellationToken);
        var now = clock.GetUtcNow();
        return tasks
            .Select(t => TaskView.From(t, t.BusinessKey is { } key && requests.TryGetValue(key, out var r) ? r : null))
            .Where(t => filter.Matches(t, now))
            .ToList();
    }

    /// <summary>
    /// Completed tasks whose request has not recorded its decision yet (the product records it a moment after the task
    /// completes) take it from the values the task was completed with, so a decision just made shows at once.
    /// </summary>
    public async Task<IReadOnlyList<TaskView>> WithDecisionsAsync(IReadOnlyList<TaskView> tasks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var filled = new List<TaskView>(tasks.Count);
        foreach (var task in tasks)
        {
            var values = task.Decision is { Decision: null } ? (await engine.Store.LoadInstanceAsync(task.ProcessInstanceId, cancellationToken))?.Variables : null;
            filled.Add(values is null ? task : task with { Decision = TaskDecision.FromValues(values, task.EndedAt) });
        }

        return filled;
    }

    /// <summary>The task with its request and the holder's earlier requests, when the caller may see it.</summary>
    public async Task<TaskDetails?> FindAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var task = await FindWorkableAsync(id, user, cancellationToken);
        if (task is null)
        {
            return null;
        }

        var request = await RequestOfAsync(task, cancellationToken);
        var earlier = request is null
            ? []
            : await db.Requests.AsNoTracking().Where(r => r.HolderId == request.HolderId && r.Id != request.Id).ToListAsync(cancellationToken);
        var certificate = request is null || request.SerialNumber.Length == 0 ? null : await ca.FindBySerialAsync(request.SerialNumber, cancellationToken);
        var completedWith = task.State == UserTaskState.Completed && request?.Verification is null or VerificationStates.Pending
            ? (await engine.Store.LoadInstanceAsync(task.ProcessInstanceId, cancellationToken))?.Variables
            : null;
        return new TaskDetails(
            TaskView.From(task, request, completedWith),
            certificate is null ? null : CertificateView.From(certificate, clock.GetUtcNow()),
            task.Variables,
            earlier.OrderByDescending(r => r.CreatedAt).Select(RequestView.From).ToList(),
            request is null ? [] : await Features.Issuance.DocumentDownload.ListAsync(db, request.Id, $"/api/tasks/{task.Key}/documents", cancellationToken));
    }

    /// <summary>Claims a task for the caller.</summary>
    public async Task<InboxOutcome> ClaimAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var task = await FindWorkableAsync(id, user, cancellationToken);
        if (task is null)
        {
            return InboxOutcome.NotFound;
        }

        if (Decided(task) is { } refused)
        {
            return refused;
        }

        var claimed = await AuditOfAsync(AuditEventTypes.TaskClaimed, task, $"Claimed '{task.Name ?? task.ElementId}'", cancellationToken);
        return InboxOutcome.From(await engine.ClaimUserTaskAsync(id, Caller.Id(user), cancellationToken, alsoWrite: [claimed]));
    }

    /// <summary>Returns a task the caller claimed to its candidates.</summary>
    public async Task<InboxOutcome> UnclaimAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var task = await FindWorkableAsync(id, user, cancellationToken);
        if (task is null)
        {
            return InboxOutcome.NotFound;
        }

        var unclaimed = await AuditOfAsync(AuditEventTypes.TaskUnclaimed, task, $"Returned '{task.Name ?? task.ElementId}'", cancellationToken);
        return InboxOutcome.From(await engine.UnclaimUserTaskAsync(id, Caller.Id(user), cancellationToken, alsoWrite: [unclaimed]));
    }

    /// <summary>
    /// Completes a task the caller holds, after checking its form; an unclaimed task is claimed by the caller and completed
    /// in one step, a task held by someone else is a conflict. Who decided is recorded by the server, never taken from the client.
    /// </summary>
    public async Task<InboxOutcome> CompleteAsync(Guid id, JsonObject? submitted, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var task = await FindWorkableAsync(id, user, cancellationToken);
        if (task is null)
        {
            return InboxOutcome.NotFound;
        }

        if ((Decided(task) ?? HeldByAnother(task, user)) is { } refused)
        {
            return refused;
        }

        var submittedValues = submitted ?? [];
        var form = await forms.FindAsync(task.FormKey, cancellationToken);
        if (form is null && !string.IsNullOrWhiteSpace(task.FormKey))
        {
            return InboxOutcome.Invalid(new Dictionary<string, string[]> { ["form"] = [$"The task's form '{task.FormKey}' is not held by this host, so it cannot be completed here."] });
        }

        var errors = form?.Validate(submittedValues)
            ?? submittedValues.ToDictionary(p => p.Key, _ => new[] { "This task has no form, so it takes no values." }, StringComparer.Ordinal);
        if (form?.Has("note") == true && submittedValues["decision"]?.ToString() == VerificationStates.Rejected && string.IsNullOrWhiteSpace(submittedValues["note"]?.ToString()))
        {
            errors["note"] = [Infrastructure.Localization.Texts.Get("noteRequiredToReject")];
        }

        if (errors.Count > 0)
        {
            return InboxOutcome.Invalid(errors);
        }

        var variables = form?.WritableValues(submittedValues) ?? [];
        variables["decidedBy"] = Caller.Name(user);
        var decision = submittedValues["decision"]?.ToString();
        var decided = await AuditOfAsync(
            AuditEventTypes.Decision, task, $"{decision ?? "completed"} at '{task.Name ?? task.ElementId}'", cancellationToken);
        List<ProductWrite> writes = task.Assignee is null
            ? [await AuditOfAsync(AuditEventTypes.TaskClaimed, task, $"Claimed '{task.Name ?? task.ElementId}' to decide it", cancellationToken), decided]
            : [decided];

        // The engine assigns an unclaimed task to whoever completes it, in the same step, and refuses a task someone else claimed meanwhile.
        var result = await engine.CompleteUserTaskAsync(id, Caller.Id(user), variables, cancellationToken, alsoWrite: writes);
        return result.Status == CommandStatus.NotFound
            ? InboxOutcome.Conflict("The task was completed by someone else.")
            : InboxOutcome.From(result);
    }

    /// <summary>The audit entry of an action on <paramref name="task"/>, written with the engine's step.</summary>
    private async Task<ProductWrite> AuditOfAsync(string type, UserTaskRecord task, string detail, CancellationToken cancellationToken)
    {
        var request = await RequestOfAsync(task, cancellationToken);
        return audit.InStep(new AuditEvent(type, $"{detail} (task {task.Key})", request?.Id, request?.SerialNumber));
    }

    /// <summary>A task no longer open is a conflict for everyone, the one who decided it included.</summary>
    private static InboxOutcome? Decided(UserTaskRecord task) =>
        task.State == UserTaskState.Created ? null : InboxOutcome.Conflict("The task was already decided.");

    /// <summary>A task claimed by someone else is theirs to decide until they return it.</summary>
    private static InboxOutcome? HeldByAnother(UserTaskRecord task, ClaimsPrincipal user) =>
        task.Assignee is { } holder && holder != Caller.Id(user) ? InboxOutcome.HeldByAnother : null;

    private async Task<UserTaskRecord?> FindWorkableAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var task = await engine.Store.FindUserTaskAsync(id, cancellationToken);
        if (task is null)
        {
            return null;
        }

        var caller = Caller.Id(user);
        return task.IsCandidate(caller, GroupsOf(user)) || task.Assignee == caller || task.CompletedBy == caller || user.IsInRole(Roles.Admin) ? task : null;
    }

    private async Task<HolderRequest?> RequestOfAsync(UserTaskRecord task, CancellationToken cancellationToken) =>
        Guid.TryParse(task.BusinessKey, out var requestId) ? await db.Requests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken) : null;

    private async Task<Dictionary<string, HolderRequest>> RequestsOfAsync(IReadOnlyList<UserTaskRecord> tasks, CancellationToken cancellationToken)
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
}
