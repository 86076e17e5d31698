namespace Ams.Workflow.Engine.Runtime;

/// <summary>Where a user task is in its life.</summary>
public enum UserTaskState
{
    /// <summary>In the inbox, possibly claimed.</summary>
    Created,

    /// <summary>Completed by someone.</summary>
    Completed,

    /// <summary>Withdrawn because its element was terminated (boundary event, terminate end, cancellation).</summary>
    Canceled,
}
