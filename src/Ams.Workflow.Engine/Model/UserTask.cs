namespace Ams.Workflow.Engine.Model;

/// <summary>A task for people: it appears in the inbox until someone completes it.</summary>
public sealed class UserTask(string id, string? name) : Activity(id, name)
{
    /// <summary>Who may work it.</summary>
    public UserTaskAssignment Assignment { get; init; } = UserTaskAssignment.None;

    /// <summary>The form id (<c>zeebe:formDefinition formId</c>) or form key, if any.</summary>
    public string? FormKey { get; init; }

    /// <summary>When it is due, literal ISO date-time or FEEL.</summary>
    public ZeebeExpression? DueDate { get; init; }

    /// <summary>When to follow up, literal ISO date-time or FEEL.</summary>
    public ZeebeExpression? FollowUpDate { get; init; }

    /// <summary>The priority (0 to 100), literal or FEEL.</summary>
    public ZeebeExpression? Priority { get; init; }

    /// <summary>The <c>zeebe:taskHeaders</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Who may not complete it (declared with task headers, see <see cref="SeparationOfDuties"/>).</summary>
    public SeparationOfDuties Separation { get; init; } = SeparationOfDuties.None;

    /// <summary>Whether one person may not complete both this task and <paramref name="other"/>: either declares the other.</summary>
    public bool IsSeparatedFrom(UserTask other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Separation.Names(other.Id) || other.Separation.Names(Id);
    }

    /// <summary>Priority when the model says nothing.</summary>
    public const int DefaultPriority = 50;

    /// <inheritdoc />
    public override string ElementType => "userTask";
}
