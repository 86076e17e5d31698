using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Parsing;
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
    /// Deploys BPMN XML: identical XML returns the existing version, a changed model becomes the next version,
    /// a model with problems is refused with every problem at once.
    /// </summary>
    public async Task<DeploymentResult> DeployAsync(string xml, string? deployedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var (parsed, startTimers, signalStarts) = Check(xml);
        if (!parsed.Succeeded)
        {
            return new DeploymentResult(parsed.Model?.Id, 0, Guid.Empty, false, parsed.Problems);
        }

        var model = parsed.Model!;
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));
        for (var attempt = 0; ; attempt++)
        {
            var latest = await store.FindLatestDefinitionAsync(model.Id, cancellationToken);
            if (latest is not null && latest.Checksum == checksum)
            {
                return new DeploymentResult(model.Id, latest.Version, latest.Key, false, parsed.Problems);
            }

            var definition = new ProcessDefinitionRecord(
                ProcessingContext.NewKey(), model.Id, model.Name, (latest?.Version ?? 0) + 1, xml, checksum, clock.GetUtcNow(), deployedBy);
            foreach (var timer in startTimers)
            {
                timer.DefinitionKey = definition.Key;
            }

            var messageStarts = model.MessageStartEvents.Select(s => ((MessageTrigger)s.Trigger!).MessageName).ToList();
            var added = new NewDefinition(definition, messageStarts, startTimers) { SignalStartNames = signalStarts };
            if (await store.TryAddDefinitionAsync(added, cancellationToken))
            {
                models.Add(definition.Key, model);
                return new DeploymentResult(model.Id, definition.Version, definition.Key, true, parsed.Problems);
            }

            if (attempt >= options.ConflictRetries)
            {
                return new DeploymentResult(model.Id, 0, Guid.Empty, false, [new ModelProblem(null, null, "Another deployment of this process is in progress; try again.")]);
            }
        }
    }

    /// <summary>
    /// Checks BPMN XML exactly as <see cref="DeployAsync"/> would, without deploying anything: every error and warning
    /// the deployment would report, each tied to its element.
    /// </summary>
    public IReadOnlyList<ModelProblem> Validate(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return Check(xml).Parsed.Problems;
    }

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

    /// <summary>
    /// Why these variables may not enter an instance in one command (too large, or nested too deep to store), or null
    /// when they may. Every command that takes variables refuses them as invalid for this reason.
    /// </summary>
    public string? RefusalOf(JsonObject? variables) => VariableSize.RefusalOf(variables, options);

    /// <summary>Refuses variables that may not enter an instance before any work, else runs the command.</summary>
    private Task<CommandResult> RefusedOrRun(JsonObject? variables, Func<Task<CommandResult>> command) =>
        RefusalOf(variables) is { } refusal ? Task.FromResult(CommandResult.Invalid(refusal)) : command();

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

    /// <summary>
    /// Assigns an open user task to <paramref name="userId"/>; a conflict if someone else has it, refused when the model's
    /// separation of duties keeps them out. The host's
    /// <paramref name="alsoWrite"/> commits with the claim.
    /// </summary>
    public Task<CommandResult> ClaimUserTaskAsync(Guid taskKey, string userId, CancellationToken cancellationToken = default, IReadOnlyList<IHostWrite>? alsoWrite = null) =>
        OnUserTaskAsync(taskKey, userId, (context, task) =>
        {
            if (task.Assignee is { } other && other != userId)
            {
                return CommandResult.Conflict($"The task is already claimed by {other}.");
            }

            if (DutySeparation.RefusalOf(context, task, userId) is { } refused)
            {
                return refused;
            }

            task.Assignee = userId;
            context.Changes.UserTasks[task.Key] = task;
            context.Changes.HostWrites.AddRange(alsoWrite ?? []);
            context.Record(HistoryEventType.UserTaskClaimed, task.ElementId, task.ElementInstanceKey, userId);
            return CommandResult.Ok;
        }, cancellationToken);

    /// <summary>Returns a claimed task to its candidates; only its assignee may. The host's <paramref name="alsoWrite"/> commits with it.</summary>
    public Task<CommandResult> UnclaimUserTaskAsync(Guid taskKey, string userId, CancellationToken cancellationToken = default, IReadOnlyList<IHostWrite>? alsoWrite = null) =>
        OnUserTaskAsync(taskKey, userId, (context, task) =>
        {
            if (task.Assignee != userId)
            {
                return CommandResult.Conflict(task.Assignee is null ? "The task is not claimed." : $"The task is claimed by {task.Assignee}, not by {userId}.");
            }

            task.Assignee = null;
            context.Changes.UserTasks[task.Key] = task;
            context.Changes.HostWrites.AddRange(alsoWrite ?? []);
            context.Record(HistoryEventType.UserTaskUnclaimed, task.ElementId, task.ElementInstanceKey, userId);
            return CommandResult.Ok;
        }, cancellationToken);

    /// <summary>
    /// Completes a user task with variables; a conflict if it is claimed by someone else or already completed, refused when
    /// the model's separation of duties keeps <paramref name="userId"/> out (checked on the state the commit is guarded by). The host's
    /// <paramref name="alsoWrite"/> commits with the completion.
    /// </summary>
    public Task<CommandResult> CompleteUserTaskAsync(
        Guid taskKey, string userId, JsonObject? variables, CancellationToken cancellationToken = default, IReadOnlyList<IHostWrite>? alsoWrite = null) =>
        RefusedOrRun(variables, () => OnUserTaskAsync(taskKey, userId, (context, task) =>
        {
            if (task.Assignee is { } other && other != userId)
            {
                return CommandResult.Conflict($"The task is claimed by {other}.");
            }

            if (DutySeparation.RefusalOf(context, task, userId) is { } refused)
            {
                return refused;
            }

            var element = context.Instance.Element(task.ElementInstanceKey)!;
            task.Assignee = userId;
            task.State = UserTaskState.Completed;
            task.CompletedBy = userId;
            task.EndedAt = context.Now;
            context.Instance.UserTasks.Remove(task);
            DutySeparation.RecordCompletion(context, task, userId);
            context.Changes.UserTasks[task.Key] = task;
            context.Changes.HostWrites.AddRange(alsoWrite ?? []);
            context.Record(HistoryEventType.UserTaskCompleted, element, userId);
            context.Transitions.AcceptCompletionVariables(element, variables);
            context.Transitions.Complete(element);
            return CommandResult.Ok;
        }, cancellationToken));

    /// <summary>Leases up to <paramref name="maxJobs"/> jobs of a type to <paramref name="worker"/> for <paramref name="lockDuration"/>.</summary>
    public Task<IReadOnlyList<JobRecord>> ActivateJobsAsync(string type, int maxJobs, string worker, TimeSpan lockDuration, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return store.ActivateJobsAsync(type, Math.Clamp(maxJobs, 1, 1000), worker, now + lockDuration, now, cancellationToken);
    }

    /// <summary>Leases one job, if it is activatable.</summary>
    public Task<JobRecord?> ActivateJobAsync(Guid jobKey, string worker, TimeSpan lockDuration, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return store.ActivateJobAsync(jobKey, worker, now + lockDuration, now, cancellationToken);
    }

    /// <summary>Extends a lease the worker still holds by <paramref name="lockDuration"/> from now; false when it lost the lease.</summary>
    public Task<bool> RenewJobLeaseAsync(Guid jobKey, string worker, TimeSpan lockDuration, CancellationToken cancellationToken = default) =>
        store.RenewJobLeaseAsync(jobKey, worker, clock.GetUtcNow() + lockDuration, cancellationToken);

    /// <summary>
    /// Ends every lease <paramref name="worker"/> holds, for a worker that starts again after a crash: what it held when
    /// it stopped can be taken at once instead of when the leases run out. Returns how many leases ended.
    /// </summary>
    public Task<int> ReleaseJobLeasesAsync(string worker, CancellationToken cancellationToken = default) =>
        store.ReleaseJobLeasesAsync(worker, clock.GetUtcNow(), cancellationToken);

    /// <summary>
    /// Completes a job the worker holds; <paramref name="outbox"/> rows and the host's <paramref name="alsoWrite"/> are
    /// written in the same transaction.
    /// </summary>
    public Task<CommandResult> CompleteJobAsync(
        Guid jobKey,
        string worker,
        JsonObject? variables,
        IReadOnlyList<OutboxMessage>? outbox = null,
        CancellationToken cancellationToken = default,
        IReadOnlyList<IHostWrite>? alsoWrite = null) =>
        RefusedOrRun(variables, () => OnLeasedJobAsync(jobKey, worker, (context, job, element) =>
        {
            job.State = JobState.Completed;
            context.Instance.Jobs.Remove(job);
            context.Changes.Jobs[job.Key] = job;
            context.Changes.Outbox.AddRange(outbox ?? []);
            context.Changes.HostWrites.AddRange(alsoWrite ?? []);
            context.Record(HistoryEventType.JobCompleted, element, job.Type);
            context.Transitions.AcceptCompletionVariables(element, variables);
            context.Transitions.Complete(element);
            return CommandResult.Ok;
        }, cancellationToken));

    /// <summary>
    /// Records a failed attempt: with retries left the job returns to the pool after a back-off
    /// (<paramref name="backoff"/>, or doubling from the configured one); at zero it becomes an incident.
    /// </summary>
    public Task<CommandResult> FailJobAsync(Guid jobKey, string worker, int retries, string? message, TimeSpan? backoff = null, CancellationToken cancellationToken = default) =>
        OnLeasedJobAsync(jobKey, worker, (context, job, element) =>
        {
            var attempt = job.Failures++;
            job.Retries = Math.Max(0, retries);
            job.ErrorMessage = message;
            job.Worker = null;
            job.LockedUntil = null;
            context.Changes.Jobs[job.Key] = job;
            context.Record(HistoryEventType.JobFailed, element, message);
            if (job.Retries > 0)
            {
                job.State = JobState.Activatable;
                job.RetryAt = context.Now + (backoff ?? Backoff(attempt));
            }
            else
            {
                job.State = JobState.Failed;
                context.Incidents.Raise(element, IncidentType.JobNoRetries, message ?? $"Job '{job.Type}' failed with no retries left.", job.Key);
            }

            return CommandResult.Ok;
        }, cancellationToken);

    /// <summary>A worker reports a BPMN error: the nearest matching error boundary event catches it, else an incident.</summary>
    public Task<CommandResult> ThrowErrorAsync(Guid jobKey, string worker, string errorCode, string? message, CancellationToken cancellationToken = default) =>
        OnLeasedJobAsync(jobKey, worker, (context, job, element) =>
        {
            job.ErrorMessage = message;
            if (context.Errors.Throw(element, errorCode))
            {
                return CommandResult.Ok;
            }

            job.State = JobState.Failed;
            job.Worker = null;
            job.LockedUntil = null;
            context.Changes.Jobs[job.Key] = job;
            context.Incidents.Raise(element, IncidentType.UnhandledError,
                $"The error '{errorCode}' thrown by job '{job.Type}' is not caught by any error boundary event{(message is null ? "" : $": {message}")}.", job.Key);
            return CommandResult.Ok;
        }, cancellationToken);

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

    /// <summary>
    /// Broadcasts a signal, as Zeebe does: starts an instance of the latest version of every process with a signal start
    /// event of that name, and triggers every open signal subscription of that name (catch, boundary and event
    /// sub-process start events). Each instance is its own command, so the broadcast is not atomic across instances: one
    /// that fails is skipped and the rest still receive it. A signal nobody waits for is dropped, never buffered. Signals
    /// thrown by the instances it reaches are broadcast before this returns.
    /// </summary>
    public Task<SignalBroadcastResult> BroadcastSignalAsync(string signalName, JsonObject? variables, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(signalName);
        if (RefusalOf(variables) is { } refusal)
        {
            throw new ArgumentException(refusal, nameof(variables));
        }

        return signals.BroadcastAsync(signalName, variables, cancellationToken);
    }

    /// <summary>Fires a timer if it is still pending and due; firing twice does nothing the second time.</summary>
    public async Task<CommandResult> FireTimerAsync(Guid timerKey, CancellationToken cancellationToken = default)
    {
        var timer = await store.FindTimerAsync(timerKey, cancellationToken);
        if (timer is null)
        {
            return CommandResult.NotFound("The timer has fired or was withdrawn.");
        }

        if (timer.DueAt > clock.GetUtcNow())
        {
            return CommandResult.Conflict($"The timer is due at {timer.DueAt:O}.");
        }

        if (timer.ProcessInstanceId is null)
        {
            return await FireStartTimerAsync(timer, cancellationToken);
        }

        return await runner.RunAsync(timer.ProcessInstanceId.Value, null, context =>
        {
            var pending = context.Instance.Timers.Find(t => t.Key == timerKey);
            if (pending is null)
            {
                return CommandResult.NotFound("The timer has fired or was withdrawn.");
            }

            context.Events.Fire(pending);
            return CommandResult.Ok;
        }, retryOnConflict: true, cancellationToken);
    }

    /// <summary>
    /// Retries an open incident: a job incident returns the job to the pool with <paramref name="retries"/> (at least 1);
    /// any other re-runs the held step with the variables as they are now.
    /// </summary>
    public Task<CommandResult> RetryIncidentAsync(Guid processInstanceId, Guid incidentKey, int? retries, string? actor, CancellationToken cancellationToken = default) =>
        runner.RunAsync(processInstanceId, actor, context =>
        {
            var incident = context.Instance.Incidents.Find(i => i.Key == incidentKey);
            if (incident is null)
            {
                return CommandResult.NotFound("The incident is not open.");
            }

            context.Incidents.Resolve(incident);
            var element = context.Instance.Element(incident.ElementInstanceKey);
            if (incident.JobKey is { } jobKey && context.Instance.Jobs.Find(j => j.Key == jobKey) is { } job)
            {
                job.State = JobState.Activatable;
                job.Retries = Math.Max(1, retries ?? 1);
                job.RetryAt = null;
                context.Changes.Jobs[job.Key] = job;
                context.Record(HistoryEventType.JobRetriesUpdated, incident.ElementId, incident.ElementInstanceKey, job.Retries.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else if (element is not null)
            {
                context.Transitions.Resume(element);
            }

            foreach (var held in incident.HeldElementKeys ?? [])
            {
                if (context.Instance.Element(held) is { } heldElement)
                {
                    context.Transitions.Resume(heldElement);
                }
            }

            return CommandResult.Ok;
        }, retryOnConflict: false, cancellationToken);

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

    private async Task<CommandResult> FireStartTimerAsync(TimerRecord timer, CancellationToken cancellationToken)
    {
        var definition = await store.FindDefinitionAsync(timer.DefinitionKey, cancellationToken);
        if (definition is null)
        {
            return CommandResult.NotFound("The timer's process version is gone.");
        }

        var model = await models.GetAsync(definition.Key, cancellationToken);
        var start = (StartEvent)model.Node(timer.ElementId);
        var next = TimerRepetition.NextStartTimer(timer, start, clock.GetUtcNow());
        try
        {
            _ = await runner.StartAsync(definition, model, start, null, null, null, changes =>
            {
                changes.TimersRemoved.Add(timer.Key);
                if (next is not null)
                {
                    changes.TimersCreated[next.Key] = next;
                }
            }, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            return CommandResult.NotFound("The timer has already fired.");
        }

        return CommandResult.Ok;
    }

    private Task<CommandResult> OnUserTaskAsync(Guid taskKey, string userId, Func<ProcessingContext, UserTaskRecord, CommandResult> command, CancellationToken cancellationToken) =>
        FindThenRunAsync(store.FindUserTaskAsync(taskKey, cancellationToken), t => t?.ProcessInstanceId, userId, context =>
        {
            var task = context.Instance.UserTasks.Find(t => t.Key == taskKey);
            return task is null
                ? CommandResult.Conflict("The task is no longer open: it was completed or withdrawn.")
                : command(context, task);
        }, "The task does not exist.", cancellationToken);

    private Task<CommandResult> OnLeasedJobAsync(Guid jobKey, string worker, Func<ProcessingContext, JobRecord, ElementInstance, CommandResult> command, CancellationToken cancellationToken) =>
        FindThenRunAsync(store.FindJobAsync(jobKey, cancellationToken), j => j?.ProcessInstanceId, worker, context =>
        {
            var job = context.Instance.Jobs.Find(j => j.Key == jobKey);
            if (job is null)
            {
                return CommandResult.NotFound("The job is no longer open.");
            }

            context.Changes.RequiredLease = (jobKey, worker);
            return command(context, job, context.Instance.Element(job.ElementInstanceKey)!);
        }, "The job does not exist.", cancellationToken, lease: (jobKey, worker));

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

    private bool HoldsLease(JobRecord job, string worker) =>
        job.State == JobState.Activated && job.Worker == worker && job.LockedUntil > clock.GetUtcNow();

    private TimeSpan Backoff(int attempt)
    {
        var delay = options.RetryBackoff * Math.Pow(2, Math.Min(attempt, 20));
        return delay > options.MaxRetryBackoff ? options.MaxRetryBackoff : delay;
    }

    /// <summary>
    /// The deploy-time checks shared by deploying and validating: the parser's, then the start timers' schedules (not yet
    /// tied to a version) and the signal start events' names.
    /// </summary>
    private (BpmnParseResult Parsed, IReadOnlyList<TimerRecord> StartTimers, IReadOnlyList<string> SignalStarts) Check(string xml)
    {
        var parsed = BpmnParser.Parse(xml);
        if (!parsed.Succeeded)
        {
            return (parsed, [], []);
        }

        var startTimers = StartTimersOf(parsed.Model!);
        if (startTimers.Error is not null)
        {
            return (new BpmnParseResult(null, [.. parsed.Problems, new ModelProblem(startTimers.ElementId, "startEvent", startTimers.Error)]), [], []);
        }

        var signalStarts = SignalStartNames.Of(parsed.Model!, clock.GetUtcNow());
        if (signalStarts.Failed is { } failed)
        {
            return (new BpmnParseResult(null, [.. parsed.Problems, new ModelProblem(failed.Id, "startEvent", signalStarts.Error!)]), [], []);
        }

        return (parsed, startTimers.Timers, signalStarts.Starts.Select(s => s.Name).ToList());
    }

    private (IReadOnlyList<TimerRecord> Timers, string? ElementId, string? Error) StartTimersOf(ProcessModel model)
    {
        var timers = new List<TimerRecord>();
        var evaluator = new ExpressionEvaluator(new ProcessInstance(), clock.GetUtcNow());
        foreach (var start in model.TimerStartEvents)
        {
            var schedule = evaluator.EvaluateTimer((TimerTrigger)start.Trigger!, null);
            if (schedule.Failed)
            {
                return ([], start.Id, schedule.Error);
            }

            timers.Add(new TimerRecord
            {
                Key = ProcessingContext.NewKey(),
                ElementId = start.Id,
                DueAt = schedule.Value!.DueAt,
                Repetitions = schedule.Value.Repetitions,
                Interval = schedule.Value.Interval,
            });
        }

        return (timers, null, null);
    }
}
