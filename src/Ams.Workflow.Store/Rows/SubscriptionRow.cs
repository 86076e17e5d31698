namespace Ams.Workflow.Store.Rows;

/// <summary>An open message subscription.</summary>
public sealed class SubscriptionRow
{
    public string Key { get; set; } = "";

    public string ProcessInstanceId { get; set; } = "";

    public string MessageName { get; set; } = "";

    public string CorrelationKey { get; set; } = "";

    public long CreatedAt { get; set; }

    public string Json { get; set; } = "";
}
