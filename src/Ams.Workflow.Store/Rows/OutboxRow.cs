namespace Ams.Workflow.Store.Rows;

/// <summary>A row of the host's outbox, written with the step that caused it and delivered later.</summary>
public sealed class OutboxRow
{
    public string Key { get; set; } = "";

    public string Topic { get; set; } = "";

    public string Payload { get; set; } = "";

    public long CreatedAt { get; set; }

    public long? DeliveredAt { get; set; }

    public int Attempts { get; set; }

    public long? NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>Until when a delivery pass holds the row (Unix ms); a lapsed lease makes it due again.</summary>
    public long? LeasedUntil { get; set; }

    /// <summary>Given up on after its last attempt; kept for operators, never claimed again.</summary>
    public bool Dead { get; set; }
}
