namespace Ams.Workflow.Engine.Runtime;

/// <summary>Where a process instance is in its life.</summary>
public enum ProcessInstanceState
{
    /// <summary>Tokens are still moving or waiting.</summary>
    Active,

    /// <summary>Every path reached an end.</summary>
    Completed,

    /// <summary>Cancelled by an operator.</summary>
    Terminated,
}
