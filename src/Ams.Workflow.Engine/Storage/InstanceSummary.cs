using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Storage;

/// <summary>A process instance as a list shows it.</summary>
/// <param name="Id">The instance id.</param>
/// <param name="ProcessId">Its process.</param>
/// <param name="Version">Its version.</param>
/// <param name="State">Active, completed or terminated.</param>
/// <param name="BusinessKey">Its business key.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended.</param>
/// <param name="HasIncident">Whether it has an open incident.</param>
public sealed record InstanceSummary(
    Guid Id, string ProcessId, int Version, ProcessInstanceState State, string? BusinessKey, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, bool HasIncident);
