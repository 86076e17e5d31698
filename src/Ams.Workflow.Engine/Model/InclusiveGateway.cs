namespace Ams.Workflow.Engine.Model;

/// <summary>
/// Forks to every outgoing flow whose condition holds (else the default flow); joins by waiting for the incoming
/// flows that tokens can still reach, as Camunda 8 does.
/// </summary>
public sealed class InclusiveGateway(string id, string? name) : ConditionalGateway(id, name)
{
    /// <inheritdoc />
    public override string ElementType => "inclusiveGateway";
}
