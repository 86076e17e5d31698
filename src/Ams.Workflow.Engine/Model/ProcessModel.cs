namespace Ams.Workflow.Engine.Model;

/// <summary>An executable process parsed from BPMN XML: the root scope and an index of every element.</summary>
public sealed class ProcessModel : IFlowScope
{
    private readonly List<FlowNode> nodes = [];
    private readonly Dictionary<string, FlowElement> elements = new(StringComparer.Ordinal);

    /// <summary>Creates an empty model.</summary>
    public ProcessModel(string id, string? name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The BPMN process id.</summary>
    public string Id { get; }

    /// <summary>The process's <c>zeebe:versionTag</c>, which a call activity with <c>bindingType="versionTag"</c> names; null when none.</summary>
    public string? VersionTag { get; internal set; }

    /// <summary>The process name.</summary>
    public string? Name { get; }

    /// <inheritdoc />
    public IReadOnlyList<FlowNode> Nodes => nodes;

    /// <summary>Every element of the process, nested ones included, by id.</summary>
    public IReadOnlyDictionary<string, FlowElement> Elements => elements;

    /// <inheritdoc />
    public StartEvent? NoneStartEvent => nodes.OfType<StartEvent>().FirstOrDefault(s => s.Trigger is null);

    /// <inheritdoc />
    public IEnumerable<SubProcess> EventSubProcesses => nodes.OfType<SubProcess>().Where(s => s.TriggeredByEvent);

    /// <summary>Start events of the process itself that wait for a message.</summary>
    public IEnumerable<StartEvent> MessageStartEvents => nodes.OfType<StartEvent>().Where(s => s.Trigger is MessageTrigger);

    /// <summary>Start events of the process itself that wait for a signal.</summary>
    public IEnumerable<StartEvent> SignalStartEvents => nodes.OfType<StartEvent>().Where(s => s.Trigger is SignalTrigger);

    /// <summary>Start events of the process itself that wait for a timer.</summary>
    public IEnumerable<StartEvent> TimerStartEvents => nodes.OfType<StartEvent>().Where(s => s.Trigger is TimerTrigger);

    /// <summary>Looks a node up by id.</summary>
    public FlowNode Node(string id) => (FlowNode)elements[id];

    internal void Register(FlowElement element) => elements[element.Id] = element;

    internal void Add(FlowNode node) => nodes.Add(node);
}
