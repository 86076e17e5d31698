using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// Runs one command against one instance: load, change in memory, run to the wait states, commit in one
/// transaction guarded by the revision read. A lost race is either reported or, where safe, retried on fresh state.
/// </summary>
internal sealed class CommandRunner(IWorkflowStore store, ModelCache models, IWorkScheduler scheduler, TimeProvider clock, WorkflowEngineOptions options)
{
    /// <summary>Broadcasts the signals a command threw, once it has committed (the engine's <see cref="SignalBroadcaster"/>).</summary>
    public Func<IReadOnlyList<ThrownSignal>, Task>? BroadcastThrown { get; set; }

    public async Task<CommandResult> RunAsync(
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
                return CommandResult.NotFound($"Process instance {instanceId} does not exist.");
            }

            var model = await models.GetAsync(instance.DefinitionKey, cancellationToken);
            var context = new ProcessingContext(model, instance, instance.Revision, clock.GetUtcNow(), actor, options);
            var result = command(context);
            if (!result.Succeeded)
            {
                return result;
            }

            try
            {
                await CommitAsync(context, cancellationToken);
                return result;
            }
            catch (ConcurrencyConflictException) when (retryOnConflict && attempt < options.ConflictRetries)
            {
            }
            catch (ConcurrencyConflictException e) when (!retryOnConflict || attempt >= options.ConflictRetries)
            {
                return CommandResult.Conflict(e.Message);
            }
            catch (VariableLimitException e)
            {
                return CommandResult.Invalid(e.Message);
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
        var now = clock.GetUtcNow();
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
        alsoWrite?.Invoke(context.Changes);
        await CommitAsync(context, cancellationToken);
        return instance;
    }

    private async Task CommitAsync(ProcessingContext context, CancellationToken cancellationToken)
    {
        context.RunUntilWaiting();
        await TakeBufferedMessagesAsync(context, cancellationToken);
        if (VariableSize.RefusalOf(context.Instance, options) is { } refusal)
        {
            throw new VariableLimitException(refusal);
        }

        context.Instance.Revision = context.Changes.ExpectedRevision + 1;
        await store.CommitAsync(context.Changes, cancellationToken);
        await scheduler.OnCommittedAsync(context.Changes, cancellationToken);

        // Signals leave only what has committed; their subscribers are other commands, run after this one.
        if (context.Changes.SignalsThrown.Count > 0 && BroadcastThrown is { } broadcast)
        {
            await broadcast(context.Changes.SignalsThrown);
        }
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
        }
    }
}
