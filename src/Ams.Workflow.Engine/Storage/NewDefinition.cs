using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Storage;

/// <summary>A version to add, with the start events that replace the previous version's.</summary>
/// <param name="Definition">The version.</param>
/// <param name="MessageStartNames">Messages that start an instance of this version.</param>
/// <param name="StartTimers">Timer start events to schedule.</param>
public sealed record NewDefinition(
    ProcessDefinitionRecord Definition,
    IReadOnlyList<string> MessageStartNames,
    IReadOnlyList<TimerRecord> StartTimers)
{
    /// <summary>Signals that start an instance of this version (the names evaluated at deployment).</summary>
    public IReadOnlyList<string> SignalStartNames { get; init; } = [];
}
