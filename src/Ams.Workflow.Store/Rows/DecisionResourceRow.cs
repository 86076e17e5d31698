namespace Ams.Workflow.Store.Rows;

/// <summary>A deployed version of a DMN resource.</summary>
public sealed class DecisionResourceRow
{
    public string Key { get; set; } = "";

    public string DecisionRequirementsId { get; set; } = "";

    public string? Name { get; set; }

    public int Version { get; set; }

    public string ResourceName { get; set; } = "";

    public string Xml { get; set; } = "";

    public string Checksum { get; set; } = "";

    public long DeployedAt { get; set; }
}
