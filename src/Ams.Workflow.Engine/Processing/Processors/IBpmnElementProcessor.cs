using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing.Processors;

/// <summary>What one kind of element does when a token activates it, and how it withdraws when terminated.</summary>
internal interface IBpmnElementProcessor
{
    /// <summary>Called once inputs are mapped and boundary events are open: complete at once, or open a wait state.</summary>
    void Activate(ProcessingContext context, FlowNode node, ElementInstance element);

    /// <summary>Withdraws the element's own wait state (job, task); timers and subscriptions are closed for it.</summary>
    void Terminate(ProcessingContext context, ElementInstance element);
}
