using System.Text.Json;
using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// Checks and records a model's separation of duties inside the command that claims or completes a user task. It reads
/// only the loaded instance (its variables, its open tasks, <see cref="ProcessInstance.SeparatedCompletions"/>), and the
/// commit is guarded by that instance's revision: two commands that both pass on the same revision cannot both commit.
/// </summary>
internal static class DutySeparation
{
    /// <summary>Why <paramref name="userId"/> may not take <paramref name="task"/>, or null when they may.</summary>
    public static CommandResult? RefusalOf(ProcessingContext context, UserTaskRecord task, string userId)
    {
        if (context.Model.Elements.GetValueOrDefault(task.ElementId) is not UserTask declared)
        {
            return null;
        }

        var label = task.Name ?? task.ElementId;
        if (declared.Separation.RequesterVariable is { } variable && RequesterOf(context.Instance, variable) == userId)
        {
            return CommandResult.Refused(
                SeparationOfDuties.SeparateFromRequesterHeader,
                $"Separation of duties: '{label}' may not be completed by the requester of this instance (variable '{variable}').");
        }

        var completed = context.Instance.SeparatedCompletions?.Find(c => c.UserId == userId && IsSeparated(context.Model, declared, c.ElementId));
        if (completed is not null)
        {
            return CommandResult.Refused(
                SeparationOfDuties.SeparateFromHeader,
                $"Separation of duties: you completed '{completed.ElementId}' of this instance, so another person must complete '{label}'.");
        }

        // Tasks on parallel branches: holding one is as good as completing it later, so it bars taking the other now.
        var held = context.Instance.UserTasks.Find(t => t.Key != task.Key && t.Assignee == userId && IsSeparated(context.Model, declared, t.ElementId));
        return held is null
            ? null
            : CommandResult.Refused(
                SeparationOfDuties.SeparateFromHeader,
                $"Separation of duties: you hold '{held.Name ?? held.ElementId}' of this instance, so another person must complete '{label}'.");
    }

    /// <summary>Keeps who completed <paramref name="task"/> on the instance, when a separation of duties involves it.</summary>
    public static void RecordCompletion(ProcessingContext context, UserTaskRecord task, string userId)
    {
        if (context.Model.Elements.GetValueOrDefault(task.ElementId) is UserTask completed
            && context.Model.Elements.Values.OfType<UserTask>().Any(t => t.IsSeparatedFrom(completed)))
        {
            (context.Instance.SeparatedCompletions ??= []).Add(new TaskCompletion(task.ElementId, userId));
        }
    }

    private static bool IsSeparated(ProcessModel model, UserTask declared, string otherId) =>
        model.Elements.GetValueOrDefault(otherId) is UserTask other && declared.IsSeparatedFrom(other);

    /// <summary>The requester's user id from a process variable; absent or not a plain value means there is nobody to keep out.</summary>
    private static string? RequesterOf(ProcessInstance instance, string variable) =>
        instance.Variables[variable] is { } value && value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number ? value.ToString() : null;
}
