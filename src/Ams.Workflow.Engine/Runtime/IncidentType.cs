namespace Ams.Workflow.Engine.Runtime;

/// <summary>The kinds of expected failure.</summary>
public enum IncidentType
{
    /// <summary>A job failed with no retries left.</summary>
    JobNoRetries,

    /// <summary>No outgoing flow of an exclusive gateway matched and there is no default.</summary>
    ConditionError,

    /// <summary>An expression could not give the value an element needs (correlation key, job type, timer, mapping).</summary>
    ExtractValueError,

    /// <summary>A BPMN error was thrown and nothing catches it.</summary>
    UnhandledError,

    /// <summary>The instance ran too many steps without reaching a wait state.</summary>
    StepLimitExceeded,

    /// <summary>
    /// One command created as many jobs, or inner instances of multi-instance activities, as one command may; the rest of
    /// its steps wait for a retry.
    /// </summary>
    JobLimitExceeded,

    /// <summary>A call activity names a process that is not deployed (or has no none start event).</summary>
    CalledElementError,

    /// <summary>A business rule task's decision is not deployed or could not be evaluated (two matches of a UNIQUE table, a FEEL error).</summary>
    DecisionEvaluationError,
}
