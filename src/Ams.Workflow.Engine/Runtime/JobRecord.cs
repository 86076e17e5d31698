using System.Text.Json.Nodes;

namespace Ams.Workflow.Engine.Runtime;

/// <summary>Work for a worker, created by a service or send task.</summary>
public sealed class JobRecord
{
    /// <summary>The job key.</summary>
    public Guid Key { get; set; }

    /// <summary>The job type workers subscribe to.</summary>
    public string Type { get; set; } = "";

    /// <summary>The process instance.</summary>
    public Guid ProcessInstanceId { get; set; }

    /// <summary>The BPMN process id.</summary>
    public string ProcessId { get; set; } = "";

    /// <summary>The element instance it belongs to.</summary>
    public Guid ElementInstanceKey { get; set; }

    /// <summary>The BPMN element id.</summary>
    public string ElementId { get; set; } = "";

    /// <summary>Where it is in its life.</summary>
    public JobState State { get; set; }

    /// <summary>Attempts left.</summary>
    public int Retries { get; set; }

    /// <summary>Failed attempts so far, for the back-off.</summary>
    public int Failures { get; set; }

    /// <summary>Not to be activated before this time (back-off after a failure).</summary>
    public DateTimeOffset? RetryAt { get; set; }

    /// <summary>The worker holding the lease.</summary>
    public string? Worker { get; set; }

    /// <summary>When the lease ends.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    /// <summary>The last failure's message.</summary>
    public string? ErrorMessage { get; set; }

    /// <summary>Static headers from the model.</summary>
    public Dictionary<string, string> Headers { get; set; } = [];

    /// <summary>The variables visible to the job when it was created.</summary>
    public JsonObject Variables { get; set; } = [];

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
