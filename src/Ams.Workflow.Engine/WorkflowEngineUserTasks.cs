using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Processing;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine;

/// <summary>Claiming, returning and completing user tasks.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Assigns an open user task to <paramref name="userId"/>; a conflict if someone else has it, refused when the model's
    /// separation of duties keeps them out. The host's
    /// <paramref name="alsoWrite"/> commits with the claim.
    /// </summary>
    public Task<CommandResult> ClaimUserTaskAsync(Guid taskKey, string userId, CancellationToken cancellationToken = default, IReadOnlyList<IHostWrite>? alsoWrite = null) =>
        OnUserTaskAsync(taskKey, userId, (context, task) =>
        {
            if (task.Assignee is { } other && other != userId)
            {
                return CommandResult.Conflict($"The task is already claimed by {other}.");
            }

            if (DutySeparation.RefusalOf(context, task, userId) is { } refused)
            {
                return refused;
            }

            task.Assignee = userId;
            context.Changes.UserTasks[task.Key] = task;
            context.Changes.HostWrites.AddRange(alsoWrite ?? []);
            context.Record(HistoryEventType.UserTaskClaimed, task.ElementId, task.ElementInstanceKey, userId);
            return CommandResult.Ok;
        }, cancellationToken);

    /// <summary>Returns a claimed task to its candidates; only its assignee may. The host's <paramref name="alsoWrite"/> commits with it.</summary>
    public Task<CommandResult> UnclaimUserTaskAsync(Guid taskKey, string userId, CancellationToken cancellationToken = default, IReadOnlyList<IHostWrite>? alsoWrite = null) =>
        OnUserTaskAsync(taskKey, userId, (context, task) =>
        {
            if (task.Assignee != userId)
            {
                return CommandResult.Conflict(task.Assignee is null ? "The task is not claimed." : $"The task is claimed by {task.Assignee}, not by {userId}.");
            }

            task.Assignee = null;
            context.Changes.UserTasks[task.Key] = task;
            context.Changes.HostWrites.AddRange(alsoWrite ?? []);
            context.Record(HistoryEventType.UserTaskUnclaimed, task.ElementId, task.ElementInstanceKey, userId);
            return CommandResult.Ok;
        }, cancellationToken);

    /// <summary>
    /// Completes a user task with variables; a conflict if it is claimed by someone else or already completed, refused when
    /// the model's separation of duties keeps <paramref name="userId"/> out (checked on the state the commit is guarded by). The host's
    /// <paramref name="alsoWrite"/> commits with the completion.
    /// </summary>
    public Task<CommandResult> CompleteUserTaskAsync(
        Guid taskKey, string userId, JsonObject? variables, CancellationToken cancellationToken = default, IReadOnlyList<IHostWrite>? alsoWrite = null) =>
        RefusedOrRun(variables, () => OnUserTaskAsync(taskKey, userId, (context, task) =>
        {
            if (task.Assignee is { } other && other != userId)
            {
                return CommandResult.Conflict($"The task is claimed by {other}.");
            }

            if (DutySeparation.RefusalOf(context, task, userId) is { } refused)
            {
                return refused;
            }

            var element = context.Instance.Element(task.ElementInstanceKey)!;
            task.Assignee = userId;
            task.State = UserTaskState.Completed;
            task.CompletedBy = userId;
            task.EndedAt = context.Now;
            context.Instance.UserTasks.Remove(task);
            DutySeparation.RecordCompletion(context, task, userId);
            context.Changes.UserTasks[task.Key] = task;
            context.Changes.HostWrites.AddRange(alsoWrite ?? []);
            context.Record(HistoryEventType.UserTaskCompleted, element, userId);
            context.Transitions.AcceptCompletionVariables(element, variables);
            context.Transitions.Complete(element);
            return CommandResult.Ok;
        }, cancellationToken));

    private Task<CommandResult> OnUserTaskAsync(Guid taskKey, string userId, Func<ProcessingContext, UserTaskRecord, CommandResult> command, CancellationToken cancellationToken) =>
        FindThenRunAsync(store.FindUserTaskAsync(taskKey, cancellationToken), t => t?.ProcessInstanceId, userId, context =>
        {
            var task = context.Instance.UserTasks.Find(t => t.Key == taskKey);
            return task is null
                ? CommandResult.Conflict("The task is no longer open: it was completed or withdrawn.")
                : command(context, task);
        }, "The task does not exist.", cancellationToken);
}
