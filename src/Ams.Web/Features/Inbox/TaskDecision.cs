using System.Text.Json.Nodes;
using Ams.Web.Features.Requests;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Web.Features.Inbox;

/// <summary>What a completed task decided: the decision (<c>approved</c>, <c>rejected</c>, or null for a task without one), the note, and when.</summary>
public sealed record TaskDecision(string? Decision, string? Note, DateTimeOffset? At)
{
    /// <summary>
    /// The decision of a completed task: the request's recorded verification once the product has recorded it, else the
    /// values the task was completed with (<paramref name="completedWith"/>, the instance's variables), at the task's end.
    /// </summary>
    public static TaskDecision? Of(UserTaskRecord task, HolderRequest? request, JsonObject? completedWith = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task.State != UserTaskState.Completed)
        {
            return null;
        }

        if (request is not null && request.Verification != VerificationStates.Pending)
        {
            return new TaskDecision(request.Verification, request.Note, request.DecidedAt ?? task.EndedAt);
        }

        return FromValues(completedWith, task.EndedAt);
    }

    /// <summary>The decision and note among the values a task was completed with, at <paramref name="at"/>.</summary>
    public static TaskDecision FromValues(JsonObject? values, DateTimeOffset? at) =>
        new(Text(values?["decision"]), Text(values?["note"]), at);

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
