namespace Ams.Workflow.Engine.Runtime;

/// <summary>Where a job is in its life.</summary>
public enum JobState
{
    /// <summary>Waiting for a worker (possibly not before <see cref="JobRecord.RetryAt"/>).</summary>
    Activatable,

    /// <summary>Leased by a worker until its lock expires.</summary>
    Activated,

    /// <summary>Out of retries: an incident holds it.</summary>
    Failed,

    /// <summary>Done.</summary>
    Completed,

    /// <summary>Withdrawn because its element was terminated.</summary>
    Canceled,
}
