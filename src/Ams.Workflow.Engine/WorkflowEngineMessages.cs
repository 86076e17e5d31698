using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Processing;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Engine;

/// <summary>Publishing messages, buffered when nothing takes them yet.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Publishes a message: starts instances whose latest version has a message start event of that name, and
    /// correlates to every instance with an open subscription for the name and key (one subscription each).
    /// When nothing takes it and <paramref name="timeToLive"/> is positive, it is kept for a subscription that opens later.
    /// </summary>
    public async Task<int> PublishMessageAsync(
        string name,
        string correlationKey,
        JsonObject? variables,
        TimeSpan? timeToLive = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (RefusalOf(variables) is { } refusal)
        {
            throw new ArgumentException(refusal, nameof(variables));
        }

        correlationKey ??= "";
        var correlated = 0;
        foreach (var definitionKey in await store.FindMessageStartDefinitionsAsync(name, cancellationToken))
        {
            var definition = (await store.FindDefinitionAsync(definitionKey, cancellationToken))!;
            var model = await models.GetAsync(definitionKey, cancellationToken);
            var start = model.MessageStartEvents.First(s => ((MessageTrigger)s.Trigger!).MessageName == name);
            _ = await runner.StartAsync(definition, model, start, variables, null, null, null, cancellationToken);
            correlated++;
        }

        var subscriptions = await store.FindSubscriptionsAsync(name, correlationKey, cancellationToken);
        foreach (var instanceId in subscriptions.Select(s => s.ProcessInstanceId).Distinct())
        {
            var result = await runner.RunAsync(instanceId, null, context =>
            {
                var subscription = context.Instance.Subscriptions.Find(s => s.MessageName == name && s.CorrelationKey == correlationKey);
                if (subscription is null)
                {
                    return CommandResult.NotFound("The subscription was taken meanwhile.");
                }

                context.Events.Correlate(subscription, variables);
                return CommandResult.Ok;
            }, retryOnConflict: true, cancellationToken);
            correlated += result.Succeeded ? 1 : 0;
        }

        if (correlated == 0 && timeToLive is { } ttl && ttl > TimeSpan.Zero)
        {
            await store.AddBufferedMessageAsync(
                new BufferedMessage(ProcessingContext.NewKey(), name, correlationKey, (variables ?? []).ToJsonString(), clock.GetUtcNow() + ttl),
                cancellationToken);
        }

        return correlated;
    }
}
