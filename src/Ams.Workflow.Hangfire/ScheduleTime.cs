namespace Ams.Workflow.Hangfire;

/// <summary>
/// Hangfire keeps scheduled jobs by whole Unix seconds and enqueues them once that second has begun, so a job
/// due at 12:00:00.700 can run at 12:00:00.100. Rounding up to the next whole second means it never runs early.
/// </summary>
internal static class ScheduleTime
{
    public static DateTimeOffset NotBefore(DateTimeOffset dueAt)
    {
        var ticksIntoSecond = dueAt.UtcTicks % TimeSpan.TicksPerSecond;
        return ticksIntoSecond == 0 ? dueAt : dueAt.AddTicks(TimeSpan.TicksPerSecond - ticksIntoSecond);
    }
}
