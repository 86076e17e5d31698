namespace Ams.Workflow.Engine.Model;

/// <summary>A task or sub-process: something that does work and may carry boundary events.</summary>
public abstract class Activity(string id, string? name) : FlowNode(id, name)
{
    private readonly List<BoundaryEvent> boundaryEvents = [];

    /// <summary>Events attached to this activity.</summary>
    public IReadOnlyList<BoundaryEvent> BoundaryEvents => boundaryEvents;

    /// <summary>The multi-instance marker, when the activity runs once per item of a collection.</summary>
    public MultiInstanceLoop? Loop { get; internal set; }

    internal void Attach(BoundaryEvent boundary) => boundaryEvents.Add(boundary);
}
