using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Feel;
using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing.Processors;

/// <summary>
/// The body of a multi-instance activity, as in Zeebe: it reads the input collection, prepares the output collection
/// (one null per item) and creates one inner instance per item, all at once or one after the other. Each inner instance
/// completes into the body, which collects its output element, checks the completion condition and, when every inner
/// instance is done or the condition holds, completes. Parallel inner instances are created one step at a time: the
/// command's bound on jobs holds them back like any wide fork, and its bound on inner instances holds the body in an
/// incident whose retry creates the next ones.
/// </summary>
internal sealed class MultiInstanceBodyProcessor : IBpmnElementProcessor
{
    public void Activate(ProcessingContext context, FlowNode node, ElementInstance body)
    {
        var loop = LoopOf(node);
        if (InputCollection(context, loop, body) is not { } items)
        {
            body.State = ElementInstanceState.Activating;
            return;
        }

        body.Loop = new LoopProgress { Total = items.Count };
        if (loop.OutputCollection is { } output)
        {
            body.Variables ??= [];
            body.Variables[output] = new JsonArray(new JsonNode?[items.Count]);
        }

        if (items.Count == 0)
        {
            context.Transitions.Complete(body);
            return;
        }

        SpawnNext(context, (Activity)node, body, items);
    }

    public void Terminate(ProcessingContext context, ElementInstance element)
    {
    }

    /// <summary>Goes on creating inner instances after an incident held the body (the collection read again, as Zeebe does).</summary>
    public void Resume(ProcessingContext context, ElementInstance body)
    {
        var node = context.Node(body);
        var progress = body.Loop!;
        if (progress.Started >= progress.Total)
        {
            CompleteIfDone(context, body);
            return;
        }

        if (InputCollection(context, LoopOf(node), body) is not { } items)
        {
            return;
        }

        if (items.Count != progress.Total)
        {
            context.Incidents.Raise(body, IncidentType.ExtractValueError,
                $"The input collection of '{node.Id}' changed from {progress.Total} to {items.Count} items while its instances ran: set it back, then retry.");
            return;
        }

        SpawnNext(context, (Activity)node, body, items);
    }

    /// <summary>
    /// An inner instance is about to leave: its output element is evaluated and the completion condition checked, in
    /// its own scope. False (with an incident on the inner instance) when an expression fails.
    /// </summary>
    public bool BeforeInnerLeaves(ProcessingContext context, ElementInstance body, ElementInstance inner, out JsonNode? output, out bool conditionMet)
    {
        var loop = LoopOf(context.Node(body));
        output = null;
        conditionMet = false;
        if (loop.OutputElement is { } outputElement)
        {
            var value = context.Expressions.EvaluateJson(outputElement, inner.Key, "output element");
            if (value.Failed)
            {
                context.Incidents.Raise(inner, IncidentType.ExtractValueError, value.Error!);
                return false;
            }

            output = value.Value;
        }

        if (loop.CompletionCondition is { } condition)
        {
            // The inner instance counts as completed, as when Zeebe evaluates the condition.
            var progress = body.Loop!;
            var counts = new LoopProgress { Total = progress.Total, Started = progress.Started, Completed = progress.Completed + 1, Terminated = progress.Terminated };
            var holds = context.Expressions.Evaluate(condition, new LoopVariables(counts, context.VariablesOf(inner.Key)), "completion condition");
            if (holds.Failed)
            {
                context.Incidents.Raise(inner, IncidentType.ConditionError, holds.Error!);
                return false;
            }

            conditionMet = FeelValues.IsTruthy(holds.Value);
        }

        return true;
    }

    /// <summary>
    /// An inner instance left with <paramref name="output"/>: it goes to its index of the output collection; then the
    /// body completes (terminating the rest when the condition held), creates the next sequential instance, or waits.
    /// </summary>
    public void AfterInnerLeft(ProcessingContext context, ElementInstance body, int loopCounter, JsonNode? output, bool conditionMet)
    {
        var loop = LoopOf(context.Node(body));
        var progress = body.Loop!;
        progress.Completed++;
        if (loop.OutputCollection is { } name && body.Variables?[name] is JsonArray collected && loopCounter <= collected.Count)
        {
            collected[loopCounter - 1] = output;
        }

        if (conditionMet)
        {
            foreach (var inner in context.Instance.Elements.Where(e => e.ScopeKey == body.Key).ToList())
            {
                context.Transitions.Terminate(inner);
                progress.Terminated++;
            }

            context.Transitions.Complete(body);
            return;
        }

        if (loop.IsSequential && progress.Started < progress.Total)
        {
            Resume(context, body);
            return;
        }

        CompleteIfDone(context, body);
    }

    private static void CompleteIfDone(ProcessingContext context, ElementInstance body)
    {
        if (body.Loop is { Active: 0 } progress && progress.Started >= progress.Total)
        {
            context.Transitions.Complete(body);
        }
    }

    /// <summary>Creates the next inner instance; a parallel body queues the one after, so bounds between steps apply.</summary>
    private static void SpawnNext(ProcessingContext context, Activity activity, ElementInstance body, IReadOnlyList<object?> items)
    {
        var progress = body.Loop!;
        if (progress.Started >= progress.Total)
        {
            return;
        }

        if (context.InnerInstancesCreated >= context.Options.MaxInnerInstancesPerCommand)
        {
            context.Incidents.Raise(body, IncidentType.JobLimitExceeded,
                $"This step created {context.InnerInstancesCreated} inner instances of multi-instance activities, the most one step may; retry the incident to create the next ones.");
            return;
        }

        var index = progress.Started++;
        context.Transitions.ArriveInner(body, activity, index + 1, FeelValues.ToJson(items[index]));
        if (!activity.Loop!.IsSequential && progress.Started < progress.Total)
        {
            context.Enqueue(body.Key, () => SpawnNext(context, activity, body, items));
        }
    }

    /// <summary>The list to iterate over, or null after raising an incident on the body: not a list is an incident, as in Zeebe.</summary>
    private static IReadOnlyList<object?>? InputCollection(ProcessingContext context, MultiInstanceLoop loop, ElementInstance body)
    {
        var expression = loop.InputCollection
            ?? throw new InvalidOperationException($"Multi-instance activity '{body.ElementId}' passed validation without an input collection.");
        var value = context.Expressions.Evaluate(expression, body.Key, "input collection");
        if (value.Failed)
        {
            context.Incidents.Raise(body, IncidentType.ExtractValueError, value.Error!);
            return null;
        }

        if (value.Value is not IReadOnlyList<object?> items)
        {
            context.Incidents.Raise(body, IncidentType.ExtractValueError,
                $"The input collection '{expression.Raw.Trim()}' of '{body.ElementId}' gave {Describe(value.Value)}, not a list: set it to a list, then retry.");
            return null;
        }

        return items;
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => $"the string \"{(text.Length > 40 ? text[..40] + "…" : text)}\"",
        _ => $"the value {FeelValues.ToJson(value)?.ToJsonString() ?? "null"}",
    };

    private static MultiInstanceLoop LoopOf(FlowNode node) =>
        (node as Activity)?.Loop ?? throw new InvalidOperationException($"'{node.Id}' is not a multi-instance activity.");
}
