namespace Ams.Workflow.Store.Rows;

/// <summary>A deployed process version.</summary>
public sealed class DefinitionRow
{
    public string Key { get; set; } = "";

    public string ProcessId { get; set; } = "";

    public string? Name { get; set; }

    public int Version { get; set; }

    public string Xml { get; set; } = "";

    public string Checksum { get; set; } = "";

    public long DeployedAt { get; set; }

    public string? DeployedBy { get; set; }
}
