namespace Ams.Workflow.Store.Rows;

/// <summary>A user task, open or ended, for the inbox.</summary>
public sealed class UserTaskRow
{
    public string Key { get; set; } = "";

    public string ProcessInstanceId { get; set; } = "";

    public string? BusinessKey { get; set; }

    public string ElementId { get; set; } = "";

    public int State { get; set; }

    public string? Assignee { get; set; }

    /// <summary>Candidate groups as <c>|a|b|</c>, so that one LIKE finds a member.</summary>
    public string CandidateGroups { get; set; } = "|";

    /// <summary>Candidate users as <c>|a|b|</c>.</summary>
    public string CandidateUsers { get; set; } = "|";

    public long? DueAt { get; set; }

    public int Priority { get; set; }

    public long CreatedAt { get; set; }

    public string? CompletedBy { get; set; }

    public string Json { get; set; } = "";
}
