namespace Ams.Workflow.Hangfire;

/// <summary>How this node runs jobs and timers.</summary>
public sealed class WorkflowHangfireOptions
{
    /// <summary>This node's name, recorded as the holder of job leases.</summary>
    public string NodeName { get; set; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>
    /// How long a job's lease lasts without renewal. A running worker renews it every third of this, so it only bounds
    /// how long work a crashed node held waits for another node (the crashed node itself takes it back when it starts).
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many jobs and timers one sweep picks up.</summary>
    public int SweepBatchSize { get; set; } = 500;
}
