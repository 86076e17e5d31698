namespace Ams.Workflow.Engine.Model;

/// <summary>
/// Who may not take a user task, as the model declares it in <c>zeebe:taskHeaders</c>: whoever completed (or holds) one
/// of the named user tasks of the same instance, and the instance's requester. Without a declaration, anyone the task's
/// assignment allows may complete it, several tasks of one instance included.
/// </summary>
/// <param name="Tasks">Ids of user tasks of the same process whose completer may not take this one (it may name itself: then no person takes it twice).</param>
/// <param name="RequesterVariable">The process variable naming the requester's user id, when the requester may not take it.</param>
public sealed record SeparationOfDuties(IReadOnlyList<string> Tasks, string? RequesterVariable)
{
    /// <summary>Header: comma-separated ids of other user tasks of the process whose completer may not complete this one.</summary>
    public const string SeparateFromHeader = "separateFrom";

    /// <summary>Header: <c>true</c> when the instance's requester may not complete this task.</summary>
    public const string SeparateFromRequesterHeader = "separateFromRequester";

    /// <summary>Header: the process variable holding the requester's user id; <see cref="DefaultRequesterVariable"/> when absent.</summary>
    public const string RequesterVariableHeader = "requesterVariable";

    /// <summary>The variable the product's processes carry the requester's user id in.</summary>
    public const string DefaultRequesterVariable = "requesterId";

    /// <summary>No separation declared.</summary>
    public static SeparationOfDuties None { get; } = new([], null);

    /// <summary>Whether the task declares nothing.</summary>
    public bool IsEmpty => Tasks.Count == 0 && RequesterVariable is null;

    /// <summary>Whether this declaration names <paramref name="taskId"/>.</summary>
    public bool Names(string taskId) => Tasks.Contains(taskId, StringComparer.Ordinal);
}
