using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>Reports every FEEL expression of the model that does not parse, with where in it the parser stopped.</summary>
internal static class ExpressionRules
{
    public static void Validate(ProcessModel model, ProblemList problems)
    {
        foreach (var element in model.Elements.Values)
        {
            foreach (var (what, expression) in ExpressionsOf(element))
            {
                if (expression?.Error is { } error)
                {
                    problems.Error(element, $"The {what} '{expression.Raw.Trim()}' is not valid FEEL: {error.Message} (at position {error.Position}).");
                }
            }
        }
    }

    private static IEnumerable<(string What, ZeebeExpression? Expression)> ExpressionsOf(FlowElement element)
    {
        if (element is SequenceFlow flow)
        {
            yield return ("condition", flow.Condition);
            yield break;
        }

        var node = (FlowNode)element;
        foreach (var input in node.IoMapping.Inputs)
        {
            yield return ($"input mapping of '{input.Target}'", input.Source);
        }

        foreach (var output in node.IoMapping.Outputs)
        {
            yield return ($"output mapping of '{output.Target}'", output.Source);
        }

        if (node is Activity { Loop: { } loop })
        {
            yield return ("input collection", loop.InputCollection);
            yield return ("output element", loop.OutputElement);
            yield return ("completion condition", loop.CompletionCondition);
        }

        switch (node)
        {
            case ServiceTask { Definition: { } definition }:
                yield return ("job type", definition.Type);
                yield return ("retries", definition.Retries);
                break;
            case ScriptTask script:
                yield return ("script", script.Expression);
                break;
            case CallActivity call:
                yield return ("called process", call.ProcessId);
                break;
            case BusinessRuleTask rules:
                yield return ("decision id", rules.DecisionId);
                break;
            case UserTask task:
                yield return ("assignee", task.Assignment.Assignee);
                yield return ("candidate groups", task.Assignment.CandidateGroups);
                yield return ("candidate users", task.Assignment.CandidateUsers);
                yield return ("due date", task.DueDate);
                yield return ("follow-up date", task.FollowUpDate);
                yield return ("priority", task.Priority);
                break;
        }

        var trigger = node switch
        {
            StartEvent start => start.Trigger,
            IntermediateCatchEvent catchEvent => catchEvent.Trigger,
            BoundaryEvent boundary => boundary.Trigger,
            _ => null,
        };
        switch (trigger)
        {
            case TimerTrigger timer:
                yield return ("timer", timer.Value);
                break;
            case MessageTrigger message:
                yield return ("correlation key", message.CorrelationKey);
                break;
        }
    }
}
