namespace Ams.Workflow.Store.Rows;

/// <summary>A decision of a deployed DMN resource version, so that a business rule task finds it by its id.</summary>
public sealed class DecisionRow
{
    public string DecisionId { get; set; } = "";

    public string ResourceKey { get; set; } = "";

    public long DeployedAt { get; set; }

    public int Version { get; set; }
}
