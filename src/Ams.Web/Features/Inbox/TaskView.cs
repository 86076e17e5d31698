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
    RequestView? Request)
{
    /// <summary>From the engine's task and the product's request.</summary>
    public static TaskView From(UserTaskRecord task, HolderRequest? request)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new TaskView(task.Key, task.Name, task.ElementId, task.ProcessInstanceId, task.BusinessKey, task.Assignee, task.CandidateGroups,
            task.CreatedAt, task.DueAt, task.Priority, task.FormKey, task.State.ToString().ToLowerInvariant(), request is null ? null : RequestView.From(request));
    }
}
