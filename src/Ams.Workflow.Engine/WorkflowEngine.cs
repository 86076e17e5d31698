using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Processing;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Engine;

/// <summary>
/// The engine's public API: deploy models, start instances, and every command that moves a token
/// (complete a task or job, publish a message, fire a timer, retry an incident). Each command is one transaction.
/// </summary>
public sealed partial class WorkflowEngine
{
    private readonly IWorkflowStore store;
    private readonly TimeProvider clock;
    private readonly WorkflowEngineOptions options;
    private readonly ModelCache models;
    private readonly DecisionCache decisions;
    private readonly CommandRunner runner;
    private readonly SignalBroadcaster signals;

    /// <summary>Creates an engine over a store.</summary>
    public WorkflowEngine(IWorkflowStore store, IWorkScheduler? scheduler = null, TimeProvider? clock = null, WorkflowEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        this.store = store;
        this.clock = clock ?? TimeProvider.System;
        this.options = options ?? new WorkflowEngineOptions();
        models = new ModelCache(store);
        decisions = new DecisionCache(store);
        runner = new CommandRunner(store, models, decisions, scheduler ?? NoWorkScheduler.Instance, this.clock, this.options);
        signals = new SignalBroadcaster(store, models, runner, this.clock);
        runner.BroadcastThrown = signals.BroadcastThrownAsync;
    }

    /// <summary>The store the engine writes to, for queries.</summary>
    public IWorkflowStore Store => store;

    /// <summary>
    /// Why these variables may not enter an instance in one command (too large, or nested too deep to store), or null
    /// when they may. Every command that takes variables refuses them as invalid for this reason.
    /// </summary>
    public string? RefusalOf(JsonObject? variables) => VariableSize.RefusalOf(variables, options);

    /// <summary>Refuses variables that may not enter an instance before any work, else runs the command.</summary>
    private Task<CommandResult> RefusedOrRun(JsonObject? variables, Func<Task<CommandResult>> command) =>
        RefusalOf(variables) is { } refusal ? Task.FromResult(CommandResult.Invalid(refusal)) : command();

    private async Task<CommandResult> FindThenRunAsync<T>(
        Task<T?> find,
        Func<T?, Guid?> instanceOf,
        string actor,
        Func<ProcessingContext, CommandResult> command,
        string notFound,
        CancellationToken cancellationToken,
        (Guid JobKey, string Worker)? lease = null)
        where T : class
    {
        var found = await find;
        if (instanceOf(found) is not { } instanceId)
        {
            return CommandResult.NotFound(notFound);
        }

        if (lease is { } required && found is JobRecord job && !HoldsLease(job, required.Worker))
        {
            return CommandResult.NotFound($"The job is not locked by {required.Worker}: its lease expired or another worker has it.");
        }

        // A job's answer may be re-run on a conflict: the lease is checked again in the commit. A user task's may not:
        // of two people deciding at once, the second must hear that someone else decided.
        return await runner.RunAsync(instanceId, actor, command, retryOnConflict: lease is not null, cancellationToken);
    }
}
