using Ams.Web.Features.Requests;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Web.Features.Inbox;

/// <summary>A user task as the inbox lists it (DESIGN.md §6), with the request it decides.</summary>
public sealed record TaskView(
    Guid Id,
    string? Name,
    string ElementId,
    Guid ProcessInstanceId,
    string? RequestId,
    string? Assignee,
    IReadOnlyList<string> CandidateGroups,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    int Priority,
    string? FormKey,
    string State,
    RequestView? Request,
    DateTimeOffset? EndedAt = null,
    TaskDecision? Decision = null)
{
    /// <summary>The request's short number (<c>#80A791B0</c>), or null for a task without a request.</summary>
    public string? RequestNumber => Request is null ? null : Requests.RequestNumber.Of(Request.Id).ToString();

    /// <summary>From the engine's task and the product's request; a completed task's decision from the request, else from <paramref name="completedWith"/>.</summary>
    public static TaskView From(UserTaskRecord task, HolderRequest? request, System.Text.Json.Nodes.JsonObject? completedWith = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new TaskView(task.Key, task.Name, task.ElementId, task.ProcessInstanceId, task.BusinessKey, task.Assignee, task.CandidateGroups,
            task.CreatedAt, task.DueAt, task.Priority, task.FormKey, task.State.ToString().ToLowerInvariant(), request is null ? null : RequestView.From(request),
            task.EndedAt, TaskDecision.Of(task, request, completedWith));
    }
}
