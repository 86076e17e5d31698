namespace Ams.Workflow.Engine.Model;

/// <summary>Anything with an id in a process: nodes and sequence flows.</summary>
public abstract class FlowElement
{
    /// <summary>Creates an element.</summary>
    protected FlowElement(string id, string? name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The BPMN id.</summary>
    public string Id { get; }

    /// <summary>The label, if any.</summary>
    public string? Name { get; }

    /// <summary>The process or sub-process that contains this element.</summary>
    public IFlowScope? Scope { get; internal set; }

    /// <summary>The BPMN element type, e.g. <c>serviceTask</c>.</summary>
    public abstract string ElementType { get; }
}
