namespace Ams.Workflow.Engine.Model;

/// <summary>
/// Waits for the message and timer catch events its flows lead to; the first to occur takes its flow and the others
/// are withdrawn.
/// </summary>
public sealed class EventBasedGateway(string id, string? name) : FlowNode(id, name)
{
    /// <inheritdoc />
    public override string ElementType => "eventBasedGateway";
}
