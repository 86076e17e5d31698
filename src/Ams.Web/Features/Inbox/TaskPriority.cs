namespace Ams.Web.Features.Inbox;

/// <summary>A task's priority in words, on Camunda's 0–100 scale (50 by default): 75 and above high, 25 and below low.</summary>
public static class TaskPriority
{
    /// <summary>The text key of the word for <paramref name="priority"/>: <c>priorityHigh</c>, <c>priorityNormal</c> or <c>priorityLow</c>.</summary>
    public static string KeyOf(int priority) => priority switch
    {
        >= 75 => "priorityHigh",
        <= 25 => "priorityLow",
        _ => "priorityNormal",
    };
}
