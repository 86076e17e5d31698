namespace Ams.Workflow.Engine.Model;

/// <summary>A gateway that routes by the conditions of its outgoing flows, with an optional default flow.</summary>
public abstract class ConditionalGateway(string id, string? name) : FlowNode(id, name)
{
    /// <summary>The flow taken when no condition holds, if any.</summary>
    public SequenceFlow? DefaultFlow { get; internal set; }
}
