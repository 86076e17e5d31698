namespace Ams.Workflow.Engine.Model;

/// <summary>
/// A call activity (<c>zeebe:calledElement</c>): starts an instance of another process and waits for it to end, as
/// Camunda 8 does.
/// </summary>
public sealed class CallActivity(string id, string? name, ZeebeExpression? processId, bool propagateAllChildVariables, bool propagateAllParentVariables, string? versionTag)
    : Activity(id, name)
{
    /// <summary>
    /// With <c>bindingType="versionTag"</c>: the newest deployed version whose process carries this <c>zeebe:versionTag</c> is
    /// called. Null: the latest deployed version (<c>bindingType="latest"</c>, the default).
    /// </summary>
    public string? VersionTag { get; } = versionTag;

    /// <summary>The called process's id, a literal or a FEEL expression; null only in a model that fails validation.</summary>
    public ZeebeExpression? ProcessId { get; } = processId;

    /// <summary>Whether every variable of the ended child goes to the parent (Zeebe's default); output mappings narrow it.</summary>
    public bool PropagateAllChildVariables { get; } = propagateAllChildVariables;

    /// <summary>Whether the child starts with every variable visible at the call activity (Zeebe's default), or only its inputs.</summary>
    public bool PropagateAllParentVariables { get; } = propagateAllParentVariables;

    /// <inheritdoc />
    public override string ElementType => "callActivity";
}
