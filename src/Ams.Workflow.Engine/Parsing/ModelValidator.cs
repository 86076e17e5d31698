using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>Checks a read model for what would break or stall an instance: missing flows, start events, job types, FEEL.</summary>
internal static class ModelValidator
{
    public static void Validate(ProcessModel model, ProblemList problems, IReadOnlySet<string> nextToRefused)
    {
        ValidateScope(model, problems);
        foreach (var element in model.Elements.Values)
        {
            switch (element)
            {
                case SubProcess { TriggeredByEvent: true } eventSubProcess:
                    EventSubProcessRules.Validate(eventSubProcess, problems);
                    break;
                case SubProcess subProcess:
                    ValidateScope(subProcess, problems);
                    break;
                case ConditionalGateway gateway:
                    GatewayRules.ValidateConditional(gateway, problems);
                    break;
                case ParallelGateway gateway:
                    GatewayRules.ValidateParallel(gateway, problems);
                    break;
                case EventBasedGateway gateway:
                    GatewayRules.ValidateEventBased(gateway, problems);
                    break;
            }

            if (element is FlowNode node)
            {
                if (!nextToRefused.Contains(node.Id))
                {
                    ValidateFlows(node, problems);
                }

                NodeRules.Validate(node, problems);
                if (node is Activity activity)
                {
                    MultiInstanceRules.Validate(activity, problems);
                }
            }
        }

        ExpressionRules.Validate(model, problems);
        SeparationRules.Validate(model, problems);
    }

    private static void ValidateScope(IFlowScope scope, ProblemList problems)
    {
        var starts = scope.Nodes.OfType<StartEvent>().ToList();
        var type = scope is SubProcess ? "subProcess" : "process";
        if (starts.Count == 0)
        {
            problems.Error(scope.Id, type, scope is SubProcess
                ? "The sub-process has no start event; add a none start event."
                : "The process has no start event.");
            return;
        }

        if (starts.Count(s => s.Trigger is null) > 1)
        {
            problems.Error(scope.Id, type, "There is more than one none start event; keep one.");
        }

        if (scope is SubProcess)
        {
            foreach (var start in starts.Where(s => s.Trigger is not null))
            {
                problems.Error(start, "An embedded sub-process can only start with a none start event.");
            }
        }
        else
        {
            foreach (var start in starts.Where(s => s.Trigger is ErrorTrigger))
            {
                problems.Error(start, "An error start event can only start an event sub-process.");
            }
        }
    }

    private static void ValidateFlows(FlowNode node, ProblemList problems)
    {
        switch (node)
        {
            case StartEvent or BoundaryEvent when node.Incoming.Count > 0:
                problems.Error(node, "A start or boundary event cannot have incoming sequence flows.");
                break;
            case StartEvent or BoundaryEvent:
                break;
            case SubProcess { TriggeredByEvent: true }:
                // Its own rules refuse any flow.
                return;
            case { Incoming.Count: 0 }:
                // Zeebe deploys such an element and never activates it; refusing it would refuse models Camunda runs.
                problems.Warning(node, "The element has no incoming sequence flow, so it is never reached.");
                break;
        }

        if (node is EndEvent && node.Outgoing.Count > 0)
        {
            problems.Error(node, "An end event cannot have outgoing sequence flows.");
        }

        // A task or catch event without outgoing flows ends its path, as in Camunda; a gateway or start event cannot.
        if (node is StartEvent or ConditionalGateway or ParallelGateway or EventBasedGateway && node.Outgoing.Count == 0)
        {
            problems.Error(node, "The element has no outgoing sequence flow; connect it to the next step.");
        }

        if (node is not ConditionalGateway)
        {
            foreach (var flow in node.Outgoing.Where(f => f.Condition is not null))
            {
                problems.Error(flow, $"Only flows leaving an exclusive or inclusive gateway may have a condition; '{node.Id}' is a {node.ElementType}.");
            }
        }
    }
}
