namespace Ams.Workflow.Store.Rows;

/// <summary>A published message waiting for a subscription until it expires.</summary>
public sealed class BufferedMessageRow
{
    public string Key { get; set; } = "";

    public string Name { get; set; } = "";

    public string CorrelationKey { get; set; } = "";

    public string Variables { get; set; } = "{}";

    public long ExpiresAt { get; set; }
}
