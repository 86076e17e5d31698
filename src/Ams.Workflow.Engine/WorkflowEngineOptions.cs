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

    /// <summary>
    /// The most variables one command may hand to an instance (start, task or job completion, message, update), in
    /// bytes of JSON; more is refused as invalid. Default 1 MiB.
    /// </summary>
    public long MaxCommandVariablesBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The most variables one instance may hold in all its scopes, in bytes of JSON. A command that would grow them
    /// beyond is refused; a mapping of the model that would is an incident. Default 4 MiB.
    /// </summary>
    public long MaxInstanceVariablesBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>
    /// The most jobs one command may create (a fork into many service tasks); the steps beyond wait in one incident,
    /// and each retry of it goes on by as many. Default 1000.
    /// </summary>
    public int MaxJobsPerCommand { get; set; } = 1000;

    /// <summary>
    /// The most inner instances of multi-instance activities one command may create (a parallel multi-instance over a
    /// long list); the rest wait in one incident, and each retry of it goes on by as many. Default 1000.
    /// </summary>
    public int MaxInnerInstancesPerCommand { get; set; } = 1000;

    /// <summary>
    /// The most instances the call activities of one command may start (a process that calls itself without a wait state
    /// stops here, in an incident on the call activity). Default 100.
    /// </summary>
    public int MaxCalledInstancesPerCommand { get; set; } = 100;

    /// <summary>
    /// The most incidents one command may raise; further elements that fail are held with the last one, and retrying
    /// it retries them all. Default 100.
    /// </summary>
    public int MaxIncidentsPerCommand { get; set; } = 100;
}
