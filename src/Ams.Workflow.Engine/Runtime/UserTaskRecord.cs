using System.Text.Json.Nodes;

namespace Ams.Workflow.Engine.Runtime;

/// <summary>A task in the inbox.</summary>
public sealed class UserTaskRecord
{
    /// <summary>The task key.</summary>
    public Guid Key { get; set; }

    /// <summary>The process instance.</summary>
    public Guid ProcessInstanceId { get; set; }

    /// <summary>The BPMN process id.</summary>
    public string ProcessId { get; set; } = "";

    /// <summary>The business key of the instance.</summary>
    public string? BusinessKey { get; set; }

    /// <summary>The element instance it belongs to.</summary>
    public Guid ElementInstanceKey { get; set; }

    /// <summary>The BPMN element id.</summary>
    public string ElementId { get; set; } = "";

    /// <summary>The task's label.</summary>
    public string? Name { get; set; }

    /// <summary>Where it is in its life.</summary>
    public UserTaskState State { get; set; }

    /// <summary>Who has it; null while unclaimed.</summary>
    public string? Assignee { get; set; }

    /// <summary>Groups whose members may claim it.</summary>
    public List<string> CandidateGroups { get; set; } = [];

    /// <summary>Users who may claim it.</summary>
    public List<string> CandidateUsers { get; set; } = [];

    /// <summary>When it is due.</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>When to follow it up.</summary>
    public DateTimeOffset? FollowUpAt { get; set; }

    /// <summary>0 to 100, higher first.</summary>
    public int Priority { get; set; }

    /// <summary>The form to show.</summary>
    public string? FormKey { get; set; }

    /// <summary>Static headers from the model.</summary>
    public Dictionary<string, string> Headers { get; set; } = [];

    /// <summary>The variables visible to the task when it was created.</summary>
    public JsonObject Variables { get; set; } = [];

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was completed or canceled.</summary>
    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>Who completed it.</summary>
    public string? CompletedBy { get; set; }

    /// <summary>Whether <paramref name="userId"/> may work the task given <paramref name="groups"/>.</summary>
    public bool IsCandidate(string userId, IReadOnlyCollection<string> groups) =>
        Assignee == userId
        || CandidateUsers.Contains(userId, StringComparer.Ordinal)
        || CandidateGroups.Exists(g => groups.Contains(g, StringComparer.Ordinal));
}
