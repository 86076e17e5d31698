namespace Ams.Web.Operations.Workflows;

/// <summary>One deployed version of a process, as the versions list shows it.</summary>
/// <param name="ProcessId">The BPMN process id.</param>
/// <param name="Name">The process name.</param>
/// <param name="Version">1, 2, …</param>
/// <param name="DeployedAt">When it was deployed.</param>
/// <param name="DeployedBy">Who deployed it (<c>system</c> for the shipped models).</param>
public sealed record WorkflowVersion(string ProcessId, string? Name, int Version, DateTimeOffset DeployedAt, string? DeployedBy)
{
    /// <summary>The version of a stored definition.</summary>
    public static WorkflowVersion From(Ams.Workflow.Engine.Storage.ProcessDefinitionRecord definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new WorkflowVersion(definition.ProcessId, definition.Name, definition.Version, definition.DeployedAt, definition.DeployedBy);
    }
}
