using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// One command's view of one instance: the model, the state being changed, the changes being recorded,
/// and the queue of steps still to run before the instance rests in its wait states.
/// </summary>
internal sealed class ProcessingContext
{
    private const int StepLimit = 10_000;
    private readonly Queue<(Guid Key, Action Step)> steps = new();
    private int stepsRun;

    public ProcessingContext(ProcessModel model, ProcessInstance instance, long expectedRevision, DateTimeOffset now, string? actor, WorkflowEngineOptions options)
    {
        Options = options;
        Model = model;
        Instance = instance;
        Now = now;
        Actor = actor;
        Changes = new InstanceChanges(instance, expectedRevision);
        Expressions = new ExpressionEvaluator(instance, now);
        Transitions = new ElementTransitions(this);
        Events = new EventSubscriptions(this);
        Signals = new SignalEvents(this);
        Incidents = new IncidentRaiser(this);
        Errors = new ErrorPropagation(this);
        EventSubProcesses = new EventSubProcesses(this);
        Decisions = new DecisionEvaluations(this);
    }

    public WorkflowEngineOptions Options { get; }

    public ProcessModel Model { get; }

    public ProcessInstance Instance { get; }

    public DateTimeOffset Now { get; }

    public string? Actor { get; }

    public InstanceChanges Changes { get; }

    public ExpressionEvaluator Expressions { get; }

    public ElementTransitions Transitions { get; }

    public EventSubscriptions Events { get; }

    public SignalEvents Signals { get; }

    public IncidentRaiser Incidents { get; }

    public ErrorPropagation Errors { get; }

    public EventSubProcesses EventSubProcesses { get; }

    /// <summary>Decisions business rule tasks asked for, which the command runner evaluates before committing.</summary>
    public DecisionEvaluations Decisions { get; }

    public static Guid NewKey() => Guid.CreateVersion7();

    public void Record(HistoryEventType type, ElementInstance? element, string? details = null) =>
        Changes.History.Add(new HistoryEvent(Instance.Id, type, element?.ElementId, element?.Key, Actor, Now, details));

    public void Record(HistoryEventType type, string elementId, Guid? elementInstanceKey, string? details = null) =>
        Changes.History.Add(new HistoryEvent(Instance.Id, type, elementId, elementInstanceKey, Actor, Now, details));

    public void Enqueue(Guid elementInstanceKey, Action step) => steps.Enqueue((elementInstanceKey, step));

    /// <summary>Runs queued steps until every token rests; a model that loops without a wait state gets an incident.</summary>
    public void RunUntilWaiting()
    {
        while (steps.TryDequeue(out var item))
        {
            if (Instance.Element(item.Key) is null)
            {
                continue;
            }

            if (++stepsRun > StepLimit)
            {
                HoldRemainingSteps(item.Key, IncidentType.StepLimitExceeded,
                    $"The instance ran {StepLimit} steps without reaching a wait state: does the model loop without a task, timer or message?");
                return;
            }

            if (JobsCreated >= Options.MaxJobsPerCommand)
            {
                HoldRemainingSteps(item.Key, IncidentType.JobLimitExceeded,
                    $"This step created {JobsCreated} jobs, the most one step may; retry the incident to go on with the rest.");
                return;
            }

            item.Step();
        }
    }

    public FlowNode Node(ElementInstance element) => Model.Node(element.ElementId);

    public ScopeVariables VariablesOf(Guid? elementInstanceKey) => new(Instance, elementInstanceKey);

    /// <summary>Counts a job this command created, against <see cref="WorkflowEngineOptions.MaxJobsPerCommand"/>.</summary>
    public int JobsCreated { get; set; }

    /// <summary>Counts an inner instance of a multi-instance activity this command created, against <see cref="WorkflowEngineOptions.MaxInnerInstancesPerCommand"/>.</summary>
    public int InnerInstancesCreated { get; set; }

    /// <summary>Call activities activated in this command whose child instance the runner still has to start.</summary>
    public List<(ElementInstance Element, string ProcessId)> CallsToStart { get; } = [];

    /// <summary>Child instances of call activities terminated in this command, which the command cancels with it.</summary>
    public List<Guid> CalledInstancesToCancel { get; } = [];

    /// <summary>An error end event of a called instance that nothing in it catches: offered to the parent's call activity.</summary>
    public (ElementInstance Source, string ErrorCode)? ErrorForParent { get; set; }

    /// <summary>The parent's call activity has been told that this instance ended.</summary>
    public bool ParentSettled { get; set; }

    /// <summary>Stops running: the first held element gets an incident that holds the others with it.</summary>
    private void HoldRemainingSteps(Guid first, IncidentType type, string message)
    {
        var held = new[] { first }.Concat(steps.Select(s => s.Key)).Distinct().Where(key => Instance.Element(key) is not null).ToList();
        steps.Clear();
        if (held.Count > 0)
        {
            var incident = Incidents.Raise(Instance.Element(held[0])!, type, message);
            incident.HeldElementKeys = held.Count > 1 ? held[1..] : null;
        }
    }
}
