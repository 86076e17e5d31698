namespace Ams.Workflow.Engine.Model;

/// <summary>What an event waits for or throws: a timer, a message, a signal or an error.</summary>
public abstract record EventTrigger;

/// <summary>The kind of timer.</summary>
public enum TimerKind
{
    /// <summary>After an ISO-8601 duration.</summary>
    Duration,

    /// <summary>At an ISO-8601 date-time.</summary>
    Date,

    /// <summary>Repeating, e.g. <c>R3/PT10S</c>.</summary>
    Cycle,
}

/// <summary>A timer; the value is a literal or FEEL.</summary>
public sealed record TimerTrigger(TimerKind Kind, ZeebeExpression Value) : EventTrigger;

/// <summary>A message by name, correlated by key.</summary>
public sealed record MessageTrigger(string MessageName, ZeebeExpression? CorrelationKey) : EventTrigger;

/// <summary>
/// A signal by name, broadcast to every subscriber; the name is a literal or FEEL, evaluated when the event is entered
/// (for a process's own signal start event, when the process is deployed, with no variables).
/// </summary>
public sealed record SignalTrigger(ZeebeExpression Name) : EventTrigger;

/// <summary>A BPMN error; a null code catches every error.</summary>
public sealed record ErrorTrigger(string? ErrorCode) : EventTrigger;

/// <summary>A terminate end event.</summary>
public sealed record TerminateTrigger : EventTrigger;
