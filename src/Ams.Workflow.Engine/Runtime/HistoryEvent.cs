namespace Ams.Workflow.Engine.Runtime;

/// <summary>One append-only fact about an instance: the audit trail and the instance viewer's source.</summary>
/// <param name="ProcessInstanceId">The instance.</param>
/// <param name="Type">What happened.</param>
/// <param name="ElementId">The element, if any.</param>
/// <param name="ElementInstanceKey">The element instance, if any.</param>
/// <param name="Actor">Who caused it: a user id, a worker, or null for the engine.</param>
/// <param name="At">When.</param>
/// <param name="Details">A short text: the taken flow's target, an incident message, a job type.</param>
public sealed record HistoryEvent(
    Guid ProcessInstanceId,
    HistoryEventType Type,
    string? ElementId,
    Guid? ElementInstanceKey,
    string? Actor,
    DateTimeOffset At,
    string? Details);
