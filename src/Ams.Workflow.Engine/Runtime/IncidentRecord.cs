namespace Ams.Workflow.Engine.Runtime;

/// <summary>An expected failure that holds a token until an operator retries it.</summary>
public sealed class IncidentRecord
{
    /// <summary>The incident key.</summary>
    public Guid Key { get; set; }

    /// <summary>The process instance.</summary>
    public Guid ProcessInstanceId { get; set; }

    /// <summary>The BPMN process id.</summary>
    public string ProcessId { get; set; } = "";

    /// <summary>The held element instance.</summary>
    public Guid ElementInstanceKey { get; set; }

    /// <summary>The BPMN element id.</summary>
    public string ElementId { get; set; } = "";

    /// <summary>The job out of retries, for job incidents.</summary>
    public Guid? JobKey { get; set; }

    /// <summary>What kind of failure.</summary>
    public IncidentType Type { get; set; }

    /// <summary>A sentence for the operator.</summary>
    public string Message { get; set; } = "";

    /// <summary>Open or resolved.</summary>
    public IncidentState State { get; set; }

    /// <summary>When it was raised.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was resolved.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }

    /// <summary>
    /// Further element instances held with this incident, when one command had more to hold than incidents it may
    /// raise; retrying the incident retries them too.
    /// </summary>
    public List<Guid>? HeldElementKeys { get; set; }
}
