using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Processing;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Engine;

/// <summary>Starting, reading and cancelling process instances, and an operator's changes to their variables.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Starts an instance of the latest version at its none start event. <paramref name="alsoWrite"/> commits with the
    /// instance's first step or not at all; when the store refuses it (a unique row of the host taken meanwhile), the
    /// answer is a conflict and nothing was written.
    /// </summary>
    public async Task<CommandResult<Guid>> StartInstanceAsync(
        string processId,
        JsonObject? variables,
        string? businessKey = null,
        string? actor = null,
        CancellationToken cancellationToken = default,
        IReadOnlyList<IHostWrite>? alsoWrite = null)
    {
        if (RefusalOf(variables) is { } refusal)
        {
            return new CommandResult<Guid>(CommandStatus.Invalid, Guid.Empty, refusal);
        }

        var definition = await store.FindLatestDefinitionAsync(processId, cancellationToken);
        if (definition is null)
        {
            return new CommandResult<Guid>(CommandStatus.NotFound, Guid.Empty, $"No process '{processId}' is deployed.");
        }

        var model = await models.GetAsync(definition.Key, cancellationToken);
        if (model.NoneStartEvent is not { } start)
        {
            return new CommandResult<Guid>(CommandStatus.Invalid, Guid.Empty, $"Process '{processId}' has no none start event: start it with a message, a signal or a timer.");
        }

        try
        {
            var instance = await runner.StartAsync(
                definition, model, start, variables, businessKey, actor, alsoWrite is null ? null : changes => changes.HostWrites.AddRange(alsoWrite), cancellationToken);
            return new CommandResult<Guid>(CommandStatus.Ok, instance.Id);
        }
        catch (ConcurrencyConflictException e) when (alsoWrite is not null)
        {
            return new CommandResult<Guid>(CommandStatus.Conflict, Guid.Empty, e.Message);
        }
        catch (VariableLimitException e)
        {
            return new CommandResult<Guid>(CommandStatus.Invalid, Guid.Empty, e.Message);
        }
    }

    /// <summary>Loads an instance with its tokens, variables and open wait states.</summary>
    public Task<ProcessInstance?> GetInstanceAsync(Guid id, CancellationToken cancellationToken = default) =>
        store.LoadInstanceAsync(id, cancellationToken);

    /// <summary>Cancels an active instance: every token is terminated.</summary>
    public Task<CommandResult> CancelInstanceAsync(Guid id, string? actor, CancellationToken cancellationToken = default) =>
        runner.RunAsync(id, actor, context =>
        {
            if (context.Instance.State != ProcessInstanceState.Active)
            {
                return CommandResult.Conflict($"Process instance {id} has already ended.");
            }

            context.Transitions.Cancel();
            return CommandResult.Ok;
        }, retryOnConflict: true, cancellationToken);

    /// <summary>Updates variables of an instance (an operator fixing data before retrying an incident).</summary>
    public Task<CommandResult> SetVariablesAsync(Guid processInstanceId, JsonObject variables, string? actor, CancellationToken cancellationToken = default) =>
        RefusedOrRun(variables, () => runner.RunAsync(processInstanceId, actor, context =>
        {
            foreach (var (name, value) in variables)
            {
                context.Instance.Variables[name] = value?.DeepClone();
            }

            context.Record(HistoryEventType.VariablesUpdated, context.Model.Id, null, string.Join(", ", variables.Select(v => v.Key)));
            return CommandResult.Ok;
        }, retryOnConflict: true, cancellationToken));
}
