using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing.Processors;

/// <summary>Which processor runs which kind of element.</summary>
internal static class BpmnElementProcessors
{
    private static readonly PassThroughProcessor PassThrough = new();
    private static readonly EndEventProcessor EndEvent = new();
    private static readonly ExclusiveGatewayProcessor ExclusiveGateway = new();
    private static readonly InclusiveGatewayProcessor InclusiveGateway = new();
    private static readonly EventBasedGatewayProcessor EventBasedGateway = new();
    private static readonly CatchEventProcessor CatchEvent = new();
    private static readonly ThrowEventProcessor ThrowEvent = new();
    private static readonly SubProcessProcessor SubProcess = new();
    private static readonly ServiceTaskProcessor ServiceTask = new();
    private static readonly UserTaskProcessor UserTask = new();
    private static readonly ScriptTaskProcessor ScriptTask = new();
    private static readonly CallActivityProcessor CallActivity = new();
    private static readonly BusinessRuleTaskProcessor BusinessRuleTask = new();

    /// <summary>The body of every multi-instance activity.</summary>
    public static MultiInstanceBodyProcessor MultiInstanceBody { get; } = new();

    /// <summary>The processor of an element instance: the body's for a multi-instance body, else the node's.</summary>
    public static IBpmnElementProcessor For(ElementInstance element, FlowNode node) =>
        element.Loop is not null ? MultiInstanceBody : For(node);

    public static IBpmnElementProcessor For(FlowNode node) => node switch
    {
        Model.ServiceTask => ServiceTask,
        Model.UserTask => UserTask,
        Model.ScriptTask => ScriptTask,
        Model.CallActivity => CallActivity,
        Model.BusinessRuleTask => BusinessRuleTask,
        Model.ExclusiveGateway => ExclusiveGateway,
        Model.InclusiveGateway => InclusiveGateway,
        Model.EventBasedGateway => EventBasedGateway,
        Model.IntermediateCatchEvent => CatchEvent,
        Model.IntermediateThrowEvent => ThrowEvent,
        Model.SubProcess => SubProcess,
        Model.EndEvent => EndEvent,
        Model.StartEvent or Model.BoundaryEvent or Model.ParallelGateway or Model.PassThroughTask => PassThrough,
        _ => throw new InvalidOperationException($"No processor for element '{node.Id}' of type {node.ElementType}: validation should have refused it."),
    };
}
