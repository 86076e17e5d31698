namespace Ams.Workflow.Engine.Model;

/// <summary>A process or an embedded sub-process: a container of flow nodes.</summary>
public interface IFlowScope
{
    /// <summary>The scope's id.</summary>
    string Id { get; }

    /// <summary>The nodes directly inside this scope.</summary>
    IReadOnlyList<FlowNode> Nodes { get; }

    /// <summary>The none start event where a token enters the scope.</summary>
    StartEvent? NoneStartEvent { get; }

    /// <summary>The event sub-processes directly inside this scope, subscribed while the scope is active.</summary>
    IEnumerable<SubProcess> EventSubProcesses { get; }
}
