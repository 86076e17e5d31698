using System.Xml.Linq;
using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>Builds the executable model of one <c>bpmn:process</c>, scope by scope, reporting what it cannot build.</summary>
internal sealed class ProcessReader(ProblemList problems, EventDefinitions definitions)
{
    private readonly EventTriggerReader triggers = new(problems, definitions);
    private readonly NodeReader nodes = new(problems);
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> refused = new(StringComparer.Ordinal);
    private readonly List<(XElement Xml, IFlowScope Scope)> boundaries = [];
    private readonly List<(XElement Xml, IFlowScope Scope)> flows = [];
    private readonly List<(XElement Xml, ConditionalGateway Gateway)> gateways = [];
    private ProcessModel model = null!;
    private int flowElements;

    /// <summary>Nodes with a flow to or from a refused element: their missing flows are not worth a second problem.</summary>
    public HashSet<string> NextToRefused { get; } = new(StringComparer.Ordinal);

    public ProcessModel? Read(XElement process)
    {
        var id = ProblemList.IdOf(process);
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Error(process, "The process has no id.");
            return null;
        }

        model = new ProcessModel(id, (string?)process.Attribute("name"))
        {
            VersionTag = ((string?)ZeebeExtensions.Of(process, "versionTag")?.Attribute("value"))?.Trim() is { Length: > 0 } tag ? tag : null,
        };
        ids.Add(id);
        ZeebeExtensions.RefuseUnsupported(process, problems);
        if (!ReadScope(process, model, 0))
        {
            return null;
        }

        // Nodes of every scope first, so that a flow or boundary event can be told apart from a dangling one.
        foreach (var (xml, scope) in boundaries)
        {
            ReadBoundary(xml, scope);
        }

        foreach (var (xml, scope) in flows)
        {
            ReadFlow(xml, scope);
        }

        foreach (var (xml, gateway) in gateways)
        {
            ReadDefaultFlow(xml, gateway);
        }

        return model;
    }

    /// <summary>Reads a scope's nodes and notes its boundary events and flows; false when the model is too large.</summary>
    private bool ReadScope(XElement container, IFlowScope scope, int depth)
    {
        foreach (var child in container.Elements().Where(e => e.Name.Namespace == BpmnNames.Bpmn))
        {
            var type = child.Name.LocalName;
            if (UnsupportedElements.Ignored.Contains(type))
            {
                continue;
            }

            if (++flowElements > BpmnParser.MaxFlowElements)
            {
                problems.Error($"The model has more than {BpmnParser.MaxFlowElements:N0} flow elements; split it into several processes.");
                return false;
            }

            switch (type)
            {
                case "sequenceFlow":
                    flows.Add((child, scope));
                    continue;
                case "boundaryEvent":
                    boundaries.Add((child, scope));
                    continue;
            }

            var node = ReadNode(child, depth);
            if (node is null)
            {
                refused.Add(ProblemList.IdOf(child) ?? "");
                continue;
            }

            if (!Register(child, node, scope))
            {
                continue;
            }

            if (node is ConditionalGateway gateway)
            {
                gateways.Add((child, gateway));
            }

            if (node is SubProcess subProcess && !ReadScope(child, subProcess, depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    private FlowNode? ReadNode(XElement element, int depth)
    {
        var type = element.Name.LocalName;
        if (UnsupportedElements.RefuseMarkers(element, problems))
        {
            return null;
        }

        var id = ProblemList.IdOf(element) ?? "";
        var name = (string?)element.Attribute("name");
        FlowNode? node;
        switch (type)
        {
            case "startEvent" or "endEvent" or "intermediateCatchEvent" or "intermediateThrowEvent":
                var trigger = triggers.Read(element, out var ok);
                node = !ok ? null : type switch
                {
                    "startEvent" => new StartEvent(id, name, trigger)
                    {
                        Interrupting = !string.Equals((string?)element.Attribute("isInterrupting"), "false", StringComparison.Ordinal),
                    },
                    "endEvent" => new EndEvent(id, name, trigger),
                    "intermediateThrowEvent" => new IntermediateThrowEvent(id, name, trigger),
                    _ => new IntermediateCatchEvent(id, name, trigger),
                };
                break;
            case "subProcess" when depth + 1 >= BpmnParser.MaxScopeDepth:
                problems.Error(element, $"Sub-processes nest more than {BpmnParser.MaxScopeDepth} levels deep.");
                return null;
            case "subProcess" when string.Equals((string?)element.Attribute("triggeredByEvent"), "true", StringComparison.Ordinal):
                node = new SubProcess(id, name) { TriggeredByEvent = true };
                break;
            default:
                node = nodes.Read(element, id, name);
                break;
        }

        if (node is null)
        {
            return null;
        }

        ZeebeExtensions.RefuseUnsupported(element, problems);
        node.IoMapping = ZeebeExtensions.IoMapping(element, problems);
        if (node is Activity activity)
        {
            activity.Loop = MultiInstanceReader.Read(element);
        }
        else if (element.Element(BpmnNames.Of("multiInstanceLoopCharacteristics")) is not null)
        {
            problems.Error(element, "Only tasks and sub-processes can be multi-instance.");
        }

        return node;
    }

    private void ReadBoundary(XElement element, IFlowScope scope)
    {
        var trigger = triggers.Read(element, out var ok);
        if (!ok)
        {
            refused.Add(ProblemList.IdOf(element) ?? "");
            return;
        }

        if (trigger is null)
        {
            problems.Error(element, "A boundary event needs a timer, message, signal or error definition.");
            return;
        }

        var interrupting = !string.Equals((string?)element.Attribute("cancelActivity"), "false", StringComparison.Ordinal);
        var boundary = new BoundaryEvent(ProblemList.IdOf(element) ?? "", (string?)element.Attribute("name"), trigger, interrupting)
        {
            IoMapping = ZeebeExtensions.IoMapping(element, problems),
        };
        var attachedTo = (string?)element.Attribute("attachedToRef");
        if (attachedTo is null || !model.Elements.TryGetValue(attachedTo, out var host) || host is not Activity activity)
        {
            problems.Error(element, attachedTo is null
                ? "The boundary event is attached to nothing."
                : $"The boundary event is attached to '{attachedTo}', which is not a task or sub-process of this process.");
            return;
        }

        if (activity.Scope != scope)
        {
            problems.Error(element, $"The boundary event lies in another scope than '{attachedTo}', the activity it is attached to.");
            return;
        }

        if (Register(element, boundary, scope))
        {
            boundary.AttachedTo = activity;
            activity.Attach(boundary);
        }
    }

    private void ReadFlow(XElement element, IFlowScope scope)
    {
        var id = ProblemList.IdOf(element) ?? "";
        var source = Endpoint(element, "sourceRef", "source", scope);
        var target = Endpoint(element, "targetRef", "target", scope);
        if (source is null || target is null)
        {
            NextToRefused.Add(source?.Id ?? "");
            NextToRefused.Add(target?.Id ?? "");
            return;
        }

        var conditionText = element.Element(BpmnNames.Of("conditionExpression"))?.Value;
        var condition = string.IsNullOrWhiteSpace(conditionText) ? null : ZeebeExpression.Condition(conditionText.Trim());
        var flow = new SequenceFlow(id, (string?)element.Attribute("name"), source, target, condition);
        if (!Register(element, flow, scope))
        {
            return;
        }

        source.AddOutgoing(flow);
        target.AddIncoming(flow);
    }

    private FlowNode? Endpoint(XElement flow, string attribute, string role, IFlowScope scope)
    {
        var reference = (string?)flow.Attribute(attribute);
        if (string.IsNullOrWhiteSpace(reference))
        {
            problems.Error(flow, $"The sequence flow has no {role}.");
            return null;
        }

        if (refused.Contains(reference))
        {
            return null;
        }

        if (!model.Elements.TryGetValue(reference, out var element) || element is not FlowNode node)
        {
            problems.Error(flow, $"The sequence flow's {role} '{reference}' is not an element of this process that the engine can run.");
            return null;
        }

        if (node.Scope != scope)
        {
            problems.Error(flow, $"The sequence flow crosses a sub-process boundary to reach its {role} '{reference}'; connect elements of the same scope.");
            return null;
        }

        return node;
    }

    private void ReadDefaultFlow(XElement element, ConditionalGateway gateway)
    {
        var reference = (string?)element.Attribute("default");
        if (reference is null)
        {
            return;
        }

        gateway.DefaultFlow = gateway.Outgoing.FirstOrDefault(f => f.Id == reference);
        if (gateway.DefaultFlow is null)
        {
            problems.Error(gateway, $"The default flow '{reference}' is not an outgoing sequence flow of this gateway.");
        }
    }

    private bool Register(XElement xml, FlowElement element, IFlowScope scope)
    {
        if (string.IsNullOrWhiteSpace(element.Id))
        {
            problems.Error(xml, $"A {xml.Name.LocalName} has no id.");
            return false;
        }

        if (!ids.Add(element.Id))
        {
            problems.Error(xml, $"The id '{element.Id}' is used by more than one element.");
            return false;
        }

        element.Scope = scope;
        model.Register(element);
        if (element is FlowNode node)
        {
            switch (scope)
            {
                case ProcessModel process:
                    process.Add(node);
                    break;
                case SubProcess subProcess:
                    subProcess.Add(node);
                    break;
            }
        }

        return true;
    }
}
