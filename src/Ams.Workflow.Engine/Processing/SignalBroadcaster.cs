using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Engine.Processing;

/// <summary>
/// Broadcasts signals as Zeebe does: every process whose latest version has a signal start event of the name gets a new
/// instance, and every instance with an open subscription for the name is triggered, each in its own command. The
/// broadcast is therefore not atomic across instances: one that fails (a conflict that outlasts the retries, variables
/// too large for it) is skipped and the others still receive the signal. A signal nobody waits for is dropped; unlike a
/// message it is never buffered. Signals thrown by the commands a broadcast runs are broadcast after it, in order, rather
/// than from inside it, so that a chain of throwing processes does not nest.
/// </summary>
internal sealed class SignalBroadcaster(IWorkflowStore store, ModelCache models, CommandRunner runner, TimeProvider clock)
{
    // The signals waiting to go out on this call path, while a broadcast is delivering: commands it runs add theirs here.
    private readonly AsyncLocal<PendingSignals?> pending = new();

    /// <summary>Broadcasts a signal, then whatever the instances it reached threw in turn.</summary>
    public async Task<SignalBroadcastResult> BroadcastAsync(string name, JsonObject? variables, CancellationToken cancellationToken)
    {
        if (pending.Value is { Delivering: true })
        {
            return await DeliverAsync(name, variables, cancellationToken);
        }

        var queue = new PendingSignals();
        pending.Value = queue;
        var result = await DeliverAsync(name, variables, cancellationToken);
        await DrainAsync(queue);
        return result;
    }

    /// <summary>After a command committed: broadcasts the signals its throw and end events threw.</summary>
    public async Task BroadcastThrownAsync(IReadOnlyList<ThrownSignal> signals)
    {
        if (pending.Value is { } outer && outer.TryAdd(signals))
        {
            return;
        }

        var queue = new PendingSignals();
        queue.TryAdd(signals);
        pending.Value = queue;
        await DrainAsync(queue);
    }

    // A committed throw must not be lost because whoever caused it stopped waiting: what is queued goes out regardless.
    private async Task DrainAsync(PendingSignals queue)
    {
        while (queue.TryTake(out var signal))
        {
            await DeliverAsync(signal.Name, signal.Variables, CancellationToken.None);
        }
    }

    private async Task<SignalBroadcastResult> DeliverAsync(string name, JsonObject? variables, CancellationToken cancellationToken)
    {
        var started = 0;
        foreach (var definitionKey in await store.FindSignalStartDefinitionsAsync(name, cancellationToken))
        {
            started += await StartAsync(definitionKey, name, variables, cancellationToken) ? 1 : 0;
        }

        var triggered = 0;
        var subscriptions = await store.FindSignalSubscriptionsAsync(name, cancellationToken);
        foreach (var instanceId in subscriptions.Select(s => s.ProcessInstanceId).Distinct())
        {
            var result = await runner.RunAsync(instanceId, null, context => Trigger(context, name, variables), retryOnConflict: true, cancellationToken);
            triggered += result.Succeeded ? 1 : 0;
        }

        return new SignalBroadcastResult(started, triggered);
    }

    private async Task<bool> StartAsync(Guid definitionKey, string name, JsonObject? variables, CancellationToken cancellationToken)
    {
        var definition = await store.FindDefinitionAsync(definitionKey, cancellationToken);
        if (definition is null)
        {
            return false;
        }

        var model = await models.GetAsync(definitionKey, cancellationToken);
        var start = SignalStartNames.Of(model, clock.GetUtcNow()).Starts.FirstOrDefault(s => s.Name == name).Start;
        if (start is null)
        {
            return false;
        }

        try
        {
            _ = await runner.StartAsync(definition, model, start, variables, null, null, null, cancellationToken);
            return true;
        }
        catch (VariableLimitException)
        {
            return false;
        }
    }

    /// <summary>
    /// Triggers every subscription of the instance for the name, in the order they opened, as long as an earlier one has
    /// not withdrawn it (an interrupting event ends what it interrupts, subscriptions included).
    /// </summary>
    private static CommandResult Trigger(ProcessingContext context, string name, JsonObject? variables)
    {
        var open = context.Instance.SignalSubscriptions.Where(s => s.SignalName == name).ToList();
        if (open.Count == 0)
        {
            return CommandResult.NotFound("The instance no longer waits for the signal.");
        }

        foreach (var subscription in open.Where(s => context.Instance.SignalSubscriptions.Contains(s)))
        {
            context.Signals.Receive(subscription, variables);
        }

        return CommandResult.Ok;
    }

    /// <summary>Signals waiting to be broadcast by the delivery running on this call path.</summary>
    private sealed class PendingSignals
    {
        private readonly Lock gate = new();
        private readonly Queue<ThrownSignal> queue = new();

        /// <summary>Whether the delivery still takes signals; once it has drained, another path must deliver them.</summary>
        public bool Delivering { get; private set; } = true;

        public bool TryAdd(IReadOnlyList<ThrownSignal> signals)
        {
            lock (gate)
            {
                if (!Delivering)
                {
                    return false;
                }

                foreach (var signal in signals)
                {
                    queue.Enqueue(signal);
                }

                return true;
            }
        }

        public bool TryTake(out ThrownSignal signal)
        {
            lock (gate)
            {
                if (queue.TryDequeue(out signal!))
                {
                    return true;
                }

                Delivering = false;
                return false;
            }
        }
    }
}
