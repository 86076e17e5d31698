using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing.Processors;

/// <summary>
/// A FEEL script task: evaluates its expression and completes with the value in its result variable, which output
/// mappings see as a local variable and which otherwise goes to the enclosing scope, like a job's variables.
/// A failing expression is an incident on the task.
/// </summary>
internal sealed class ScriptTaskProcessor : IBpmnElementProcessor
{
    public void Activate(ProcessingContext context, FlowNode node, ElementInstance element)
    {
        var task = (ScriptTask)node;
        var expression = task.Expression
            ?? throw new InvalidOperationException($"Script task '{task.Id}' passed validation without an expression.");
        var value = context.Expressions.EvaluateJson(expression, element.Key, "script");
        if (value.Failed)
        {
            element.State = ElementInstanceState.Activating;
            context.Incidents.Raise(element, IncidentType.ExtractValueError, value.Error!);
            return;
        }

        context.Transitions.AcceptCompletionVariables(element, new JsonObject { [task.ResultVariable!] = value.Value });
        context.Transitions.Complete(element);
    }

    public void Terminate(ProcessingContext context, ElementInstance element)
    {
    }
}
