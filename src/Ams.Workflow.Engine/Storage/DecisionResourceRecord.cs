namespace Ams.Workflow.Engine.Storage;

/// <summary>A deployed version of a DMN resource: one decision requirements graph and the decisions it holds.</summary>
/// <param name="Key">The version's key.</param>
/// <param name="DecisionRequirementsId">The DMN <c>definitions</c> id, which versions are counted by.</param>
/// <param name="Name">The <c>definitions</c> name.</param>
/// <param name="Version">1, 2, … per decision requirements id.</param>
/// <param name="ResourceName">The file name it was deployed as.</param>
/// <param name="Xml">The DMN XML as deployed.</param>
/// <param name="Checksum">SHA-256 of the XML, to recognise an identical redeploy.</param>
/// <param name="DecisionIds">The ids of the decisions it holds, which business rule tasks call.</param>
/// <param name="DeployedAt">When.</param>
public sealed record DecisionResourceRecord(
    Guid Key,
    string DecisionRequirementsId,
    string? Name,
    int Version,
    string ResourceName,
    string Xml,
    string Checksum,
    IReadOnlyList<string> DecisionIds,
    DateTimeOffset DeployedAt);
