using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Processing;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Engine;

/// <summary>Firing due timers, in instances and at timer start events.</summary>
public sealed partial class WorkflowEngine
{
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
}
