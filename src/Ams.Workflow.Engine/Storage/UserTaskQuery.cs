namespace Ams.Workflow.Engine.Storage;

/// <summary>A filter over user tasks; null fields do not filter.</summary>
public sealed record UserTaskQuery
{
    /// <summary>Only tasks in this state.</summary>
    public Runtime.UserTaskState? State { get; init; }

    /// <summary>Only tasks of this instance.</summary>
    public Guid? ProcessInstanceId { get; init; }

    /// <summary>Only tasks of instances with this business key.</summary>
    public string? BusinessKey { get; init; }

    /// <summary>Only tasks assigned to this user.</summary>
    public string? Assignee { get; init; }

    /// <summary>Only tasks completed by this user.</summary>
    public string? CompletedBy { get; init; }

    /// <summary>Only tasks this user may work: assigned to them, or unassigned with them or one of <see cref="CandidateGroups"/> as candidates.</summary>
    public string? CandidateUser { get; init; }

    /// <summary>Groups of <see cref="CandidateUser"/>.</summary>
    public IReadOnlyCollection<string> CandidateGroups { get; init; } = [];

    /// <summary>At most this many.</summary>
    public int Limit { get; init; } = 500;
}
