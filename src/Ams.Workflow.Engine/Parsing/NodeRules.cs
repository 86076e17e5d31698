using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>What each kind of node needs to run: a job type, a correlation key, someone to do the task.</summary>
internal static class NodeRules
{
    public static void Validate(FlowNode node, ProblemList problems)
    {
        switch (node)
        {
            case ServiceTask { Definition: null } task:
                problems.Error(task, "The service task has no job type: set its task definition type.");
                break;
            case ScriptTask { Expression: null } task:
                problems.Error(task, "The script task has no expression: set its zeebe:script expression, or give it a job type.");
                break;
            case ScriptTask { ResultVariable: null } task:
                problems.Error(task, "The script task has no result variable: set the variable that receives the script's value.");
                break;
            case CallActivity { ProcessId: null } call:
                problems.Error(call, "The call activity calls no process: set the process id of its zeebe:calledElement.");
                break;
            case BusinessRuleTask { DecisionId: null } task:
                problems.Error(task, "The business rule task calls no decision: set the decision id of its zeebe:calledDecision, or give it a job type.");
                break;
            case BusinessRuleTask { ResultVariable: null } task:
                problems.Error(task, "The business rule task has no result variable: set the variable that receives the decision's result.");
                break;
            case UserTask { Assignment.IsEmpty: true } task:
                problems.Warning(task, "The user task has no assignee, candidate groups or candidate users: only administrators will see it.");
                break;
            case IntermediateCatchEvent { Trigger: null } catchEvent:
                problems.Error(catchEvent, "An intermediate catch event needs a timer, a message or a signal.");
                break;
            case IntermediateCatchEvent { Trigger: MessageTrigger { CorrelationKey: null } message } catchEvent:
                problems.Error(catchEvent, $"Message '{message.MessageName}' has no correlation key, so it cannot be matched to an instance: set it on the message.");
                break;
            case BoundaryEvent { Trigger: MessageTrigger { CorrelationKey: null } message } boundary:
                problems.Error(boundary, $"Message '{message.MessageName}' has no correlation key, so it cannot be matched to an instance: set it on the message.");
                break;
            case BoundaryEvent { Trigger: ErrorTrigger, CancelActivity: false } boundary:
                problems.Error(boundary, "An error boundary event always interrupts its activity; it cannot be non-interrupting.");
                break;
            case EndEvent { Trigger: ErrorTrigger { ErrorCode: null } } end:
                problems.Error(end, "The error end event throws no error code: refer to an error with a code.");
                break;
        }
    }
}
