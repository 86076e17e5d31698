namespace Ams.Workflow.Engine.Runtime;

/// <summary>The lifecycle step an element instance is in.</summary>
public enum ElementInstanceState
{
    /// <summary>A token arrived; activation has not finished (it may be held by an incident).</summary>
    Activating,

    /// <summary>Active and waiting for something (a job, a person, a timer, a message, children).</summary>
    Activated,

    /// <summary>Completing; held here only by an incident in its output mappings.</summary>
    Completing,
}
