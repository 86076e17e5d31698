namespace Ams.Workflow.Engine.Model;

/// <summary>Takes the first outgoing flow whose condition holds, else the default flow.</summary>
public sealed class ExclusiveGateway(string id, string? name) : ConditionalGateway(id, name)
{
    /// <inheritdoc />
    public override string ElementType => "exclusiveGateway";
}
