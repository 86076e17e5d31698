using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Processing.Processors;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// The lifecycle every element shares: a token arrives, the element activates (input mappings, boundary events,
/// then its processor), completes (output mappings, outgoing flows) or is terminated; a scope with no tokens left completes.
/// </summary>
internal sealed class ElementTransitions(ProcessingContext context)
{
    private readonly InclusiveJoin inclusiveJoin = new(context);

    // The flows being taken by the element now leaving, from the next one on: tokens an inclusive join must count.
    private (IReadOnlyList<SequenceFlow> Flows, int Next) inTransit = ([], 0);

    /// <summary>A token arrives at <paramref name="node"/>; a parallel or inclusive join waits for its other flows.</summary>
    public ElementInstance? Arrive(FlowNode node, Guid? scopeKey, SequenceFlow? via)
    {
        if (node is ParallelGateway { Incoming.Count: > 1 } && via is not null && !JoinIsComplete(node, scopeKey, via))
        {
            return null;
        }

        if (node is InclusiveGateway { Incoming.Count: > 1 } inclusive && via is not null
            && !inclusiveJoin.Arrive(inclusive, scopeKey, via, FlowsInTransit()))
        {
            return null;
        }

        var element = new ElementInstance
        {
            Key = ProcessingContext.NewKey(),
            ElementId = node.Id,
            ScopeKey = scopeKey,
            State = ElementInstanceState.Activating,
            ActivatedAt = context.Now,
            Loop = node is Activity { Loop: not null } ? new LoopProgress() : null,
        };
        context.Instance.Elements.Add(element);
        context.Record(HistoryEventType.ElementActivated, element, element.Loop is null ? null : "multi-instance body");
        context.Enqueue(element.Key, () => Activate(element));
        return element;
    }

    /// <summary>
    /// Creates inner instance <paramref name="loopCounter"/> of a multi-instance body, with its item in the input element
    /// and its <c>loopCounter</c> as local variables, and the output element's variable, when it names one, local and null
    /// (as Zeebe does) so that a worker's result lands in this instance rather than in a variable the others share.
    /// </summary>
    public void ArriveInner(ElementInstance body, Activity activity, int loopCounter, JsonNode? item)
    {
        var loop = activity.Loop!;
        var variables = new JsonObject();
        if (MultiInstanceOutput.LocalVariableOf(loop) is { } output)
        {
            variables[output] = null;
        }

        if (loop.InputElement is { } input)
        {
            variables[input] = item;
        }

        variables["loopCounter"] = loopCounter;
        var inner = new ElementInstance
        {
            Key = ProcessingContext.NewKey(),
            ElementId = activity.Id,
            ScopeKey = body.Key,
            State = ElementInstanceState.Activating,
            ActivatedAt = context.Now,
            LoopCounter = loopCounter,
            Variables = variables,
        };
        context.Instance.Elements.Add(inner);
        context.InnerInstancesCreated++;
        context.Record(HistoryEventType.ElementActivated, inner, $"instance {loopCounter}");
        context.Enqueue(inner.Key, () => Activate(inner));
    }

    /// <summary>
    /// Re-runs the step an incident held: completing an element that was completing, creating the rest of a
    /// multi-instance body's inner instances, else activating it.
    /// </summary>
    public void Resume(ElementInstance element)
    {
        if (element.State == ElementInstanceState.Completing)
        {
            context.Enqueue(element.Key, () => Complete(element));
        }
        else if (element is { State: ElementInstanceState.Activated, Loop: not null })
        {
            context.Enqueue(element.Key, () => BpmnElementProcessors.MultiInstanceBody.Resume(context, element));
        }
        else
        {
            context.Enqueue(element.Key, () => Activate(element));
        }
    }

    /// <summary>Runs (or re-runs, after an incident) the activation of an element.</summary>
    public void Activate(ElementInstance element)
    {
        var node = context.Node(element);
        context.Events.CloseAll(element.Key);

        // A multi-instance body holds the boundary events; its inner instances hold the mappings.
        if (element.Loop is null && !ApplyInputs(element, node))
        {
            return;
        }

        if (node is Activity activity && element.LoopCounter is null && !context.Events.OpenBoundaryEvents(element, activity))
        {
            return;
        }

        // The process has no element instance of its own: its event sub-processes open as the instance starts.
        if (node is StartEvent { Scope: ProcessModel process } && !context.EventSubProcesses.Open(process, null, element))
        {
            return;
        }

        element.State = ElementInstanceState.Activated;
        BpmnElementProcessors.For(element, node).Activate(context, node, element);
    }

    /// <summary>Completes an element and takes <paramref name="flows"/> (all outgoing flows when null).</summary>
    public void Complete(ElementInstance element, IReadOnlyList<SequenceFlow>? flows = null)
    {
        var node = context.Node(element);
        element.State = ElementInstanceState.Completing;
        if (element.Loop is not null)
        {
            MultiInstanceOutput.Propagate(context, element, (Activity)node);
        }
        else if (!ApplyOutputs(element, node))
        {
            return;
        }

        var body = element.LoopCounter is null ? null : context.Instance.Element(element.ScopeKey!.Value);
        JsonNode? output = null;
        var conditionMet = false;
        if (body is not null && !BpmnElementProcessors.MultiInstanceBody.BeforeInnerLeaves(context, body, element, out output, out conditionMet))
        {
            return;
        }

        context.Events.CloseAll(element.Key);
        context.Instance.Elements.Remove(element);
        context.Record(HistoryEventType.ElementCompleted, element);
        if (body is not null)
        {
            BpmnElementProcessors.MultiInstanceBody.AfterInnerLeft(context, body, element.LoopCounter!.Value, output, conditionMet);
            return;
        }

        Leave(node, element.ScopeKey, flows ?? node.Outgoing);
    }

    /// <summary>Interrupts an element and everything inside it.</summary>
    public void Terminate(ElementInstance element)
    {
        foreach (var child in context.Instance.Elements.Where(e => e.ScopeKey == element.Key).ToList())
        {
            Terminate(child);
        }

        context.Instance.JoinArrivals.RemoveAll(j => j.ScopeKey == element.Key);
        BpmnElementProcessors.For(element, context.Node(element)).Terminate(context, element);
        context.Events.CloseAll(element.Key);
        context.Incidents.ResolveAllOf(element.Key);
        context.Instance.Elements.Remove(element);
        context.Record(HistoryEventType.ElementTerminated, element);
    }

    /// <summary>Terminates every token in a scope, then completes the scope (a terminate end event).</summary>
    public void TerminateScope(Guid? scopeKey)
    {
        foreach (var element in context.Instance.Elements.Where(e => e.ScopeKey == scopeKey).ToList())
        {
            if (context.Instance.Elements.Contains(element))
            {
                Terminate(element);
            }
        }

        context.Instance.JoinArrivals.RemoveAll(j => j.ScopeKey == scopeKey);
        CompleteScopeIfIdle(scopeKey);
    }

    /// <summary>Ends the whole instance by an operator's cancellation.</summary>
    public void Cancel()
    {
        foreach (var element in context.Instance.Elements.Where(e => e.ScopeKey is null).ToList())
        {
            Terminate(element);
        }

        context.Instance.JoinArrivals.Clear();
        End(ProcessInstanceState.Terminated, HistoryEventType.InstanceTerminated);
    }

    /// <summary>Puts variables that completed a wait state where they belong: local when outputs map them, else propagated.</summary>
    public void AcceptCompletionVariables(ElementInstance element, JsonObject? variables)
    {
        if (variables is null || variables.Count == 0)
        {
            return;
        }

        var node = context.Node(element);
        if (node.IoMapping.HasOutputs)
        {
            element.Variables ??= [];
            foreach (var (name, value) in variables)
            {
                element.Variables[name] = value?.DeepClone();
            }
        }
        else
        {
            // An inner instance of a multi-instance activity starts at itself, where its output element's variable lives.
            var scope = context.VariablesOf(element.LoopCounter is null ? element.ScopeKey : element.Key);
            foreach (var (name, value) in variables)
            {
                scope.Propagate(name, value?.DeepClone());
            }
        }

        context.Record(HistoryEventType.VariablesUpdated, element, string.Join(", ", variables.Select(v => v.Key)));
    }

    private void Leave(FlowNode node, Guid? scopeKey, IReadOnlyList<SequenceFlow> flows)
    {
        if (flows.Count == 0)
        {
            CompleteScopeIfIdle(scopeKey);
            return;
        }

        var outer = inTransit;
        for (var i = 0; i < flows.Count; i++)
        {
            var flow = flows[i];
            context.Record(HistoryEventType.SequenceFlowTaken, flow.Id, null, $"{node.Id} -> {flow.Target.Id}");
            inTransit = (flows, i + 1);
            _ = Arrive(flow.Target, scopeKey, flow);
        }

        inTransit = outer;
    }

    private IEnumerable<FlowNode> FlowsInTransit()
    {
        var (flows, next) = inTransit;
        for (var i = next; i < flows.Count; i++)
        {
            yield return flows[i].Target;
        }
    }

    private void CompleteScopeIfIdle(Guid? scopeKey)
    {
        if (context.Instance.State != ProcessInstanceState.Active
            || context.Instance.Elements.Exists(e => e.ScopeKey == scopeKey)
            || context.Instance.JoinArrivals.Exists(j => j.ScopeKey == scopeKey))
        {
            return;
        }

        if (scopeKey is null)
        {
            End(ProcessInstanceState.Completed, HistoryEventType.InstanceCompleted);
        }
        else if (context.Instance.Element(scopeKey.Value) is { } subProcess)
        {
            Complete(subProcess);
        }
    }

    private void End(ProcessInstanceState state, HistoryEventType type)
    {
        context.Instance.State = state;
        context.Instance.EndedAt = context.Now;
        context.Events.CloseAll(context.EventSubProcesses.HolderOf(null));
        foreach (var timer in context.Instance.Timers)
        {
            context.Changes.TimersRemoved.Add(timer.Key);
        }

        context.Instance.Timers.Clear();
        context.Record(type, context.Model.Id, null);
    }

    private bool JoinIsComplete(FlowNode gateway, Guid? scopeKey, SequenceFlow via)
    {
        var arrivals = context.Instance.JoinArrivals;
        arrivals.Add(new JoinArrival { ScopeKey = scopeKey, GatewayId = gateway.Id, FlowId = via.Id });
        var waiting = arrivals.Where(j => j.ScopeKey == scopeKey && j.GatewayId == gateway.Id).ToList();
        if (!gateway.Incoming.All(flow => waiting.Exists(j => j.FlowId == flow.Id)))
        {
            return false;
        }

        foreach (var flow in gateway.Incoming)
        {
            arrivals.Remove(waiting.First(j => j.FlowId == flow.Id));
        }

        return true;
    }

    private bool ApplyInputs(ElementInstance element, FlowNode node)
    {
        if (Evaluate(element, node.IoMapping.Inputs, "input") is not { } results)
        {
            return false;
        }

        foreach (var (target, value) in results)
        {
            element.Variables ??= [];
            ScopeVariables.SetPath(element.Variables, target, value);
        }

        return true;
    }

    private bool ApplyOutputs(ElementInstance element, FlowNode node)
    {
        if (!node.IoMapping.HasOutputs)
        {
            return true;
        }

        if (Evaluate(element, node.IoMapping.Outputs, "output") is not { } results)
        {
            return false;
        }

        var scope = context.VariablesOf(element.ScopeKey);
        foreach (var (target, value) in results)
        {
            scope.Propagate(target, value);
        }

        return true;
    }

    /// <summary>
    /// Evaluates mappings, or raises an incident and returns null when one fails or their values would grow the instance's
    /// variables beyond what it may hold.
    /// </summary>
    private List<(string Target, JsonNode? Value)>? Evaluate(ElementInstance element, IReadOnlyList<VariableMapping> mappings, string kind)
    {
        var results = new List<(string Target, JsonNode? Value)>();
        if (mappings.Count == 0)
        {
            return results;
        }

        foreach (var mapping in mappings)
        {
            var value = context.Expressions.EvaluateJson(mapping.Source, element.Key, $"{kind} '{mapping.Target}'");
            if (value.Failed)
            {
                context.Incidents.Raise(element, IncidentType.ExtractValueError, value.Error!);
                return null;
            }

            results.Add((mapping.Target, value.Value));
        }

        var grown = VariableSize.BytesOf(context.Instance) + results.Sum(r => VariableSize.BytesOf(r.Value));
        if (grown > context.Options.MaxInstanceVariablesBytes)
        {
            context.Incidents.Raise(element, IncidentType.ExtractValueError,
                $"The {kind} mappings would grow the instance's variables to {grown} bytes, more than the {context.Options.MaxInstanceVariablesBytes} allowed.");
            return null;
        }

        return results;
    }
}
