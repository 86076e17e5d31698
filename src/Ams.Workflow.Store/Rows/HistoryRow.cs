namespace Ams.Workflow.Store.Rows;

/// <summary>One append-only history event.</summary>
public sealed class HistoryRow
{
    public long Id { get; set; }

    public string ProcessInstanceId { get; set; } = "";

    public int Type { get; set; }

    public string? ElementId { get; set; }

    public string? ElementInstanceKey { get; set; }

    public string? Actor { get; set; }

    public long At { get; set; }

    public string? Details { get; set; }
}
