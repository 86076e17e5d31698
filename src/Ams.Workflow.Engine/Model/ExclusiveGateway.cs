namespace Ams.Workflow.Engine.Model;

/// <summary>Takes the first outgoing flow whose condition holds, else the default flow.</summary>
public sealed class ExclusiveGateway(string id, string? name) : FlowNode(id, name)
{
    /// <summary>The default flow, if any.</summary>
    public SequenceFlow? DefaultFlow { get; internal set; }

    /// <inheritdoc />
    public override string ElementType => "exclusiveGateway";
}
