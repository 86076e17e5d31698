namespace Ams.Workflow.Engine.Model;

/// <summary>A service or send task: it creates a job of its type and waits for a worker.</summary>
public sealed class ServiceTask(string id, string? name, string elementType, TaskDefinition? definition, IReadOnlyDictionary<string, string> headers)
    : Activity(id, name)
{
    /// <summary>The job definition; null only in a model that fails validation.</summary>
    public TaskDefinition? Definition { get; } = definition;

    /// <summary>The <c>zeebe:taskHeaders</c>.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; } = headers;

    /// <inheritdoc />
    public override string ElementType { get; } = elementType;
}
