namespace Ams.Workflow.Engine.Model;

/// <summary>An element that tokens visit: events, activities, gateways.</summary>
public abstract class FlowNode(string id, string? name) : FlowElement(id, name)
{
    private readonly List<SequenceFlow> incoming = [];
    private readonly List<SequenceFlow> outgoing = [];

    /// <summary>Flows that lead here.</summary>
    public IReadOnlyList<SequenceFlow> Incoming => incoming;

    /// <summary>Flows that leave from here, in document order.</summary>
    public IReadOnlyList<SequenceFlow> Outgoing => outgoing;

    /// <summary>Input and output variable mappings.</summary>
    public IoMapping IoMapping { get; internal set; } = IoMapping.None;

    internal void AddIncoming(SequenceFlow flow) => incoming.Add(flow);

    internal void AddOutgoing(SequenceFlow flow) => outgoing.Add(flow);
}
