namespace Ams.Workflow.Engine.Runtime;

/// <summary>What a history event records.</summary>
public enum HistoryEventType
{
    /// <summary>An instance started.</summary>
    InstanceStarted,

    /// <summary>An instance reached its end.</summary>
    InstanceCompleted,

    /// <summary>An instance was cancelled.</summary>
    InstanceTerminated,

    /// <summary>A token arrived at an element.</summary>
    ElementActivated,

    /// <summary>An element finished.</summary>
    ElementCompleted,

    /// <summary>An element was interrupted.</summary>
    ElementTerminated,

    /// <summary>A sequence flow was taken.</summary>
    SequenceFlowTaken,

    /// <summary>A job was created.</summary>
    JobCreated,

    /// <summary>A job was completed by a worker.</summary>
    JobCompleted,

    /// <summary>A job attempt failed.</summary>
    JobFailed,

    /// <summary>A worker threw a BPMN error.</summary>
    JobErrorThrown,

    /// <summary>A job's retries were set again by an operator.</summary>
    JobRetriesUpdated,

    /// <summary>A user task entered the inbox.</summary>
    UserTaskCreated,

    /// <summary>Someone claimed a user task.</summary>
    UserTaskClaimed,

    /// <summary>A user task went back to its candidates.</summary>
    UserTaskUnclaimed,

    /// <summary>Someone completed a user task.</summary>
    UserTaskCompleted,

    /// <summary>A timer was scheduled.</summary>
    TimerCreated,

    /// <summary>A timer fired.</summary>
    TimerFired,

    /// <summary>A message subscription opened.</summary>
    MessageSubscribed,

    /// <summary>A message was correlated.</summary>
    MessageCorrelated,

    /// <summary>An incident was raised.</summary>
    IncidentCreated,

    /// <summary>An incident was resolved.</summary>
    IncidentResolved,

    /// <summary>Variables changed from outside (task or job completion, message).</summary>
    VariablesUpdated,

    /// <summary>A call activity started an instance of the called process (details: its process, version and id).</summary>
    CalledInstanceStarted,

    /// <summary>A business rule task evaluated its decision; the details name the decision, its version and the result.</summary>
    DecisionEvaluated,

    /// <summary>A signal subscription opened (a catch, boundary or event sub-process start event).</summary>
    SignalSubscribed,

    /// <summary>A broadcast signal triggered a subscription.</summary>
    SignalReceived,

    /// <summary>A throw or end event broadcast a signal (sent once the step committed).</summary>
    SignalThrown,
}
