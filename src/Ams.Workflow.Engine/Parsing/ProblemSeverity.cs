namespace Ams.Workflow.Engine.Parsing;

/// <summary>How much a model problem weighs.</summary>
public enum ProblemSeverity
{
    /// <summary>The model cannot be deployed.</summary>
    Error,

    /// <summary>The model deploys, but an instance may stop on this element with an incident.</summary>
    Warning,
}
