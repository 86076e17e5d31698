namespace Ams.Workflow.Engine.Runtime;

/// <summary>Whether an incident still holds its element.</summary>
public enum IncidentState
{
    /// <summary>Waiting for an operator.</summary>
    Open,

    /// <summary>Retried or withdrawn.</summary>
    Resolved,
}
