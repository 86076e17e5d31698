namespace Ams.Workflow.Store.Rows;

/// <summary>An open job; its lease columns are the only truth about who holds it.</summary>
public sealed class JobRow
{
    public string Key { get; set; } = "";

    public string Type { get; set; } = "";

    public string ProcessInstanceId { get; set; } = "";

    public int State { get; set; }

    public long? RetryAt { get; set; }

    public string? Worker { get; set; }

    public long? LockedUntil { get; set; }

    public long CreatedAt { get; set; }

    public string Json { get; set; } = "";
}
