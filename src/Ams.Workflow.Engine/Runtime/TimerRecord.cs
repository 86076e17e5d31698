namespace Ams.Workflow.Engine.Runtime;

/// <summary>A pending timer: an intermediate or boundary timer of an instance, or a process's timer start event.</summary>
public sealed class TimerRecord
{
    /// <summary>The timer key.</summary>
    public Guid Key { get; set; }

    /// <summary>The process instance; null for a timer start event.</summary>
    public Guid? ProcessInstanceId { get; set; }

    /// <summary>The deployed version the timer belongs to.</summary>
    public Guid DefinitionKey { get; set; }

    /// <summary>The element instance that waits (the activity for a boundary timer); null for a start event.</summary>
    public Guid? ElementInstanceKey { get; set; }

    /// <summary>The timer event's element id.</summary>
    public string ElementId { get; set; } = "";

    /// <summary>When it fires.</summary>
    public DateTimeOffset DueAt { get; set; }

    /// <summary>Firings left for a cycle; -1 for unbounded, 1 for a one-shot timer.</summary>
    public int Repetitions { get; set; } = 1;

    /// <summary>The cycle's interval, for repeating timers.</summary>
    public TimeSpan? Interval { get; set; }
}
