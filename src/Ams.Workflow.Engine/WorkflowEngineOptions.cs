namespace Ams.Workflow.Engine;

/// <summary>Engine settings.</summary>
public sealed class WorkflowEngineOptions
{
    /// <summary>How many times a command that lost a race is retried when retrying is safe (timers, messages).</summary>
    public int ConflictRetries { get; set; } = 5;

    /// <summary>Back-off after a failed job attempt: first delay, doubled each attempt.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest back-off.</summary>
    public TimeSpan MaxRetryBackoff { get; set; } = TimeSpan.FromMinutes(10);
}
