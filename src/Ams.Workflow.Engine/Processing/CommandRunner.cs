using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// Runs one command against one instance: load, change in memory, run to the wait states, commit in one
/// transaction guarded by the revision read. A lost race is either reported or, where safe, retried on fresh state.
/// </summary>
internal sealed class CommandRunner
{
    private readonly IWorkflowStore store;
    private readonly ModelCache models;
    private readonly DecisionCache decisions;
    private readonly IWorkScheduler scheduler;
    private readonly TimeProvider clock;
    private readonly WorkflowEngineOptions options;
    private readonly CalledInstances calls;
    private readonly CalledProcesses calledProcesses;
    private readonly InstanceQueue queue = new();

    public CommandRunner(IWorkflowStore store, ModelCache models, DecisionCache decisions, IWorkScheduler scheduler, TimeProvider clock, WorkflowEngineOptions options)
    {
        this.store = store;
        this.models = models;
        this.decisions = decisions;
        this.scheduler = scheduler;
        this.clock = clock;
        this.options = options;
        calls = new CalledInstances(this);
        calledProcesses = new CalledProcesses(store, models);
    }

    /// <summary>Broadcasts the signals a command threw, once it has committed (the engine's <see cref="SignalBroadcaster"/>).</summary>
    public Func<IReadOnlyList<ThrownSignal>, Task>? BroadcastThrown { get; set; }

    public async Task<CommandResult> RunAsync(
        Guid instanceId,
        string? actor,
        Func<ProcessingContext, CommandResult> command,
        bool retryOnConflict,
        CancellationToken cancellationToken)
    {
        (CommandResult Result, IReadOnlyList<ThrownSignal> Thrown) outcome;
        using (await queue.EnterAsync(instanceId, cancellationToken))
        {
            outcome = await RunInTurnAsync(instanceId, actor, command, retryOnConflict, cancellationToken);
        }

        // Out of the instance's turn: the signals may be caught by this very instance.
        await BroadcastAsync(outcome.Thrown);
        return outcome.Result;
    }

    private async Task<(CommandResult Result, IReadOnlyList<ThrownSignal> Thrown)> RunInTurnAsync(
        Guid instanceId,
        string? actor,
        Func<ProcessingContext, CommandResult> command,
        bool retryOnConflict,
        CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var instance = await store.LoadInstanceAsync(instanceId, cancellationToken);
            if (instance is null)
            {
                return (CommandResult.NotFound($"Process instance {instanceId} does not exist."), []);
            }

            var model = await models.GetAsync(instance.DefinitionKey, cancellationToken);
            var context = new ProcessingContext(model, instance, instance.Revision, clock.GetUtcNow(), actor, options);
            var result = command(context);
            if (!result.Succeeded)
            {
                return (result, []);
            }

            try
            {
                return (result, await CommitAsync(context, cancellationToken));
            }
            catch (ConcurrencyConflictException) when (retryOnConflict && attempt < options.ConflictRetries)
            {
            }
            catch (ConcurrencyConflictException e) when (!retryOnConflict || attempt >= options.ConflictRetries)
            {
                return (CommandResult.Conflict(e.Message), []);
            }
            catch (VariableLimitException e)
            {
                return (CommandResult.Invalid(e.Message), []);
            }
        }
    }

    /// <summary>Creates and commits a new instance.</summary>
    public async Task<ProcessInstance> StartAsync(
        ProcessDefinitionRecord definition,
        ProcessModel model,
        StartEvent start,
        System.Text.Json.Nodes.JsonObject? variables,
        string? businessKey,
        string? actor,
        Action<InstanceChanges>? alsoWrite,
        CancellationToken cancellationToken)
    {
        var context = NewInstanceContext(definition, model, start, variables, businessKey, actor, clock.GetUtcNow());
        alsoWrite?.Invoke(context.Changes);
        await BroadcastAsync(await CommitAsync(context, cancellationToken));
        return context.Instance;
    }

    private ProcessingContext NewInstanceContext(
        ProcessDefinitionRecord definition, ProcessModel model, StartEvent start, System.Text.Json.Nodes.JsonObject? variables, string? businessKey, string? actor, DateTimeOffset now)
    {
        var instance = new ProcessInstance
        {
            Id = ProcessingContext.NewKey(),
            DefinitionKey = definition.Key,
            ProcessId = definition.ProcessId,
            Version = definition.Version,
            State = ProcessInstanceState.Active,
            BusinessKey = businessKey,
            StartedAt = now,
            Variables = (System.Text.Json.Nodes.JsonObject?)variables?.DeepClone() ?? [],
        };
        var context = new ProcessingContext(model, instance, -1, now, actor, options);
        context.Record(HistoryEventType.InstanceStarted, model.Id, null, $"{definition.ProcessId} v{definition.Version}");
        _ = context.Transitions.Arrive(start, null, null);
        return context;
    }

    /// <summary>
    /// Runs the command to its wait states, starting the instances its call activities call and settling with the
    /// parents and children it ends or cancels, then commits all of them in one transaction. Returns the signals they
    /// threw, for the caller to broadcast once the command's turn on the instance is over.
    /// </summary>
    private async Task<IReadOnlyList<ThrownSignal>> CommitAsync(ProcessingContext context, CancellationToken cancellationToken)
    {
        var unit = new CommandUnit(context);
        await RunToRestAsync(context, unit, cancellationToken);
        await calls.SettleAsync(unit, cancellationToken);
        foreach (var each in unit.Contexts)
        {
            if (VariableSize.RefusalOf(each.Instance, options) is { } refusal)
            {
                throw new VariableLimitException(refusal);
            }

            each.Instance.Revision = each.Changes.ExpectedRevision + 1;
        }

        await store.CommitTogetherAsync([.. unit.Contexts.Select(c => c.Changes)], cancellationToken);

        foreach (var each in unit.Contexts)
        {
            await scheduler.OnCommittedAsync(each.Changes, cancellationToken);
        }

        // Signals leave only what has committed; their subscribers are other commands, run after this one.
        return [.. unit.Contexts.SelectMany(c => c.Changes.SignalsThrown)];
    }

    private async Task BroadcastAsync(IReadOnlyList<ThrownSignal> thrown)
    {
        if (thrown.Count > 0 && BroadcastThrown is { } broadcast)
        {
            await broadcast(thrown);
        }
    }

    /// <summary>An existing instance joins the unit (once), to be changed and committed with it; null when it does not exist.</summary>
    public async Task<ProcessingContext?> OpenAsync(CommandUnit unit, Guid instanceId, ProcessingContext by, CancellationToken cancellationToken)
    {
        if (unit.Find(instanceId) is { } open)
        {
            return open;
        }

        var instance = await store.LoadInstanceAsync(instanceId, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var model = await models.GetAsync(instance.DefinitionKey, cancellationToken);
        var context = new ProcessingContext(model, instance, instance.Revision, by.Now, by.Actor, options);
        unit.Add(context);
        return context;
    }

    /// <summary>
    /// Runs an instance of the unit until every token waits: its business rule tasks evaluate their decisions, its new
    /// subscriptions take buffered messages, and its call activities start what they call.
    /// </summary>
    public async Task RunToRestAsync(ProcessingContext context, CommandUnit unit, CancellationToken cancellationToken)
    {
        context.RunUntilWaiting();
        await EvaluateDecisionsAsync(context, cancellationToken);
        await TakeBufferedMessagesAsync(context, cancellationToken);
        while (context.CallsToStart.Count > 0)
        {
            var (element, processId) = context.CallsToStart[0];
            context.CallsToStart.RemoveAt(0);
            if (context.Instance.Element(element.Key) is not null)
            {
                await StartCalledAsync(context, element, processId, unit, cancellationToken);
            }

            context.RunUntilWaiting();
            await EvaluateDecisionsAsync(context, cancellationToken);
            await TakeBufferedMessagesAsync(context, cancellationToken);
        }
    }

    /// <summary>
    /// Starts the latest version of the called process for a call activity, in the calling command and its transaction.
    /// </summary>
    private async Task StartCalledAsync(ProcessingContext context, ElementInstance element, string processId, CommandUnit unit, CancellationToken cancellationToken)
    {
        var startedCount = unit.StartedCount;
        if (startedCount >= options.MaxCalledInstancesPerCommand)
        {
            element.State = ElementInstanceState.Activating;
            context.Incidents.Raise(element, IncidentType.CalledElementError,
                $"This step started {startedCount} called instances, the most one step may: does a process call itself without a wait state?");
            return;
        }

        var versionTag = ((CallActivity)context.Node(element)).VersionTag;
        var (definition, model) = await calledProcesses.FindAsync(processId, versionTag, cancellationToken);
        if (definition is null || model?.NoneStartEvent is not { } start)
        {
            element.State = ElementInstanceState.Activating;
            context.Incidents.Raise(element, IncidentType.CalledElementError, definition is null
                ? $"No process '{processId}'{(versionTag is null ? "" : $" with version tag '{versionTag}'")} is deployed: deploy it, then retry the incident."
                : $"Process '{processId}' has no none start event, so a call activity cannot start it.");
            return;
        }

        var child = NewInstanceContext(definition, model, start, CalledInstances.InputOf(context, element), context.Instance.BusinessKey, context.Actor, context.Now);
        child.Instance.ParentInstanceId = context.Instance.Id;
        child.Instance.ParentElementInstanceKey = element.Key;
        element.CalledInstanceId = child.Instance.Id;
        context.Record(HistoryEventType.CalledInstanceStarted, element, $"{definition.ProcessId} v{definition.Version} {child.Instance.Id}");
        unit.Add(child);
        await RunToRestAsync(child, unit, cancellationToken);
    }

    /// <summary>A subscription this command opened takes a message published before it existed, if one is buffered.</summary>
    private async Task TakeBufferedMessagesAsync(ProcessingContext context, CancellationToken cancellationToken)
    {
        var checkedKeys = new HashSet<Guid>();
        while (context.Instance.Subscriptions.FirstOrDefault(s => context.Changes.SubscriptionsOpened.ContainsKey(s.Key) && checkedKeys.Add(s.Key)) is { } subscription)
        {
            var message = await store.FindBufferedMessageAsync(subscription.MessageName, subscription.CorrelationKey, context.Now, cancellationToken);
            if (message is null || !context.Changes.MessagesConsumed.Add(message.Key))
            {
                continue;
            }

            context.Events.Correlate(subscription, System.Text.Json.Nodes.JsonNode.Parse(message.Variables) as System.Text.Json.Nodes.JsonObject);
            context.RunUntilWaiting();
            await EvaluateDecisionsAsync(context, cancellationToken);
        }
    }

    /// <summary>
    /// Business rule tasks reached in this command evaluate their decisions here, from the store, and the instance runs
    /// on until it rests again (the next tasks may ask for more).
    /// </summary>
    private async Task EvaluateDecisionsAsync(ProcessingContext context, CancellationToken cancellationToken)
    {
        while (context.Decisions.HasPending)
        {
            foreach (var request in context.Decisions.TakePending())
            {
                var found = await decisions.FindLatestAsync(request.DecisionId, cancellationToken);
                context.Decisions.Evaluate(request, found?.Resource, found?.Graph);
            }

            context.RunUntilWaiting();
        }
    }
}
