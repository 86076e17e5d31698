namespace Ams.Workflow.Store.Rows;

/// <summary>A process instance: searchable columns plus its whole state as JSON, guarded by its revision.</summary>
public sealed class InstanceRow
{
    public string Id { get; set; } = "";

    public string DefinitionKey { get; set; } = "";

    public string ProcessId { get; set; } = "";

    public int Version { get; set; }

    public int State { get; set; }

    public string? BusinessKey { get; set; }

    public long StartedAt { get; set; }

    public long? EndedAt { get; set; }

    public long Revision { get; set; }

    public bool HasIncident { get; set; }

    public string StateJson { get; set; } = "";
}
