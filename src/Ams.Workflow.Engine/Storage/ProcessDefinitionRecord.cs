namespace Ams.Workflow.Engine.Storage;

/// <summary>A deployed version of a process.</summary>
/// <param name="Key">The version's key.</param>
/// <param name="ProcessId">The BPMN process id.</param>
/// <param name="Name">The process name.</param>
/// <param name="Version">1, 2, … per process id.</param>
/// <param name="Xml">The BPMN XML as deployed.</param>
/// <param name="Checksum">SHA-256 of the XML, to recognise an identical redeploy.</param>
/// <param name="DeployedAt">When.</param>
/// <param name="DeployedBy">Who.</param>
public sealed record ProcessDefinitionRecord(
    Guid Key,
    string ProcessId,
    string? Name,
    int Version,
    string Xml,
    string Checksum,
    DateTimeOffset DeployedAt,
    string? DeployedBy);
