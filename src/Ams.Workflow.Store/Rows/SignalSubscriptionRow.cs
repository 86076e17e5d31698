namespace Ams.Workflow.Store.Rows;

/// <summary>An open signal subscription: a broadcast finds every row of its name.</summary>
public sealed class SignalSubscriptionRow
{
    public string Key { get; set; } = "";

    public string ProcessInstanceId { get; set; } = "";

    public string SignalName { get; set; } = "";

    public long CreatedAt { get; set; }

    public string Json { get; set; } = "";
}
