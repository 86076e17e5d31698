namespace Ams.Workflow.Engine;

/// <summary>How a command ended.</summary>
public enum CommandStatus
{
    /// <summary>Done and committed.</summary>
    Ok,

    /// <summary>The instance, task, job or incident does not exist (or is no longer open).</summary>
    NotFound,

    /// <summary>Someone else changed it first: claimed by another, already completed, lease lost.</summary>
    Conflict,

    /// <summary>The model does not let this person do it (a separation of duties); nothing was written.</summary>
    Refused,

    /// <summary>The request itself is wrong (a variable, a model); nothing was written.</summary>
    Invalid,
}
