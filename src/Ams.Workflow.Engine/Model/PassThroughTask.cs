namespace Ams.Workflow.Engine.Model;

/// <summary>
/// An undefined task (<c>bpmn:task</c>) or a manual task: nothing to wait for, so it completes as soon as it is
/// activated, after its input and output mappings, as Camunda runs them.
/// </summary>
public sealed class PassThroughTask(string id, string? name, string elementType) : Activity(id, name)
{
    /// <inheritdoc />
    public override string ElementType { get; } = elementType;
}
