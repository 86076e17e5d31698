namespace Ams.Workflow.Store.Rows;

/// <summary>An incident, open or resolved.</summary>
public sealed class IncidentRow
{
    public string Key { get; set; } = "";

    public string ProcessInstanceId { get; set; } = "";

    public int State { get; set; }

    public long CreatedAt { get; set; }

    public string Json { get; set; } = "";
}
