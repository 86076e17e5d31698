using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Runtime;

namespace Ams.Workflow.Engine.Processing;

/// <summary>When a cycle timer that just fired is due next: an interval after its last due time, or a cron expression's next match.</summary>
internal static class TimerRepetition
{
    /// <summary>The next due time, or null when the timer has fired for the last time.</summary>
    public static DateTimeOffset? NextDue(TimerRecord fired, TimerTrigger trigger, ExpressionEvaluator evaluator, Guid? scopeKey)
    {
        if (fired.Repetitions == 1)
        {
            return null;
        }

        if (fired.Interval is { } interval)
        {
            return fired.DueAt + interval;
        }

        // A cron cycle has no fixed interval: its next match after now.
        var schedule = evaluator.EvaluateTimer(trigger, scopeKey);
        return schedule.Failed ? null : schedule.Value!.DueAt;
    }

    /// <summary>The timer a timer start event waits on after firing, or null when its cycle is over.</summary>
    public static TimerRecord? NextStartTimer(TimerRecord fired, StartEvent start, DateTimeOffset now)
    {
        var evaluator = new ExpressionEvaluator(new ProcessInstance(), now);
        return NextDue(fired, (TimerTrigger)start.Trigger!, evaluator, null) is { } due
            ? new TimerRecord
            {
                Key = ProcessingContext.NewKey(),
                DefinitionKey = fired.DefinitionKey,
                ElementId = fired.ElementId,
                DueAt = due,
                Repetitions = fired.Repetitions < 0 ? -1 : fired.Repetitions - 1,
                Interval = fired.Interval,
            }
            : null;
    }
}
