namespace Ams.Workflow.Store.Rows;

/// <summary>A pending timer.</summary>
public sealed class TimerRow
{
    public string Key { get; set; } = "";

    public string? ProcessInstanceId { get; set; }

    public string DefinitionKey { get; set; } = "";

    public long DueAt { get; set; }

    public string Json { get; set; } = "";
}
