namespace Ams.Workflow.Hangfire;

/// <summary>How this node runs jobs and timers.</summary>
public sealed class WorkflowHangfireOptions
{
    /// <summary>This node's name, recorded as the holder of job leases.</summary>
    public string NodeName { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>How long a job's lease lasts; a worker that takes longer loses it to another node.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many jobs and timers one sweep picks up.</summary>
    public int SweepBatchSize { get; set; } = 500;
}
