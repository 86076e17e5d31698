namespace Ams.Workflow.Engine.Model;

/// <summary>The <c>zeebe:assignmentDefinition</c> of a user task; each value literal or FEEL.</summary>
public sealed record UserTaskAssignment(ZeebeExpression? Assignee, ZeebeExpression? CandidateGroups, ZeebeExpression? CandidateUsers)
{
    /// <summary>No assignment at all.</summary>
    public static UserTaskAssignment None { get; } = new(null, null, null);

    /// <summary>Whether someone can work the task.</summary>
    public bool IsEmpty => Assignee is null && CandidateGroups is null && CandidateUsers is null;
}
