namespace Ams.Workflow.Engine.Model;

/// <summary>Forks to every outgoing flow; joins by waiting for a token on every incoming flow.</summary>
public sealed class ParallelGateway(string id, string? name) : FlowNode(id, name)
{
    /// <inheritdoc />
    public override string ElementType => "parallelGateway";
}
