namespace Ams.Workflow.Engine.Runtime;

/// <summary>A token waiting at a parallel join for the other incoming flows.</summary>
public sealed class JoinArrival
{
    /// <summary>The enclosing sub-process instance; null at the process level.</summary>
    public Guid? ScopeKey { get; set; }

    /// <summary>The joining gateway.</summary>
    public string GatewayId { get; set; } = "";

    /// <summary>The flow the token came by.</summary>
    public string FlowId { get; set; } = "";
}
