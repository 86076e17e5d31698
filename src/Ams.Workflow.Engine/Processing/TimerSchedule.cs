namespace Ams.Workflow.Engine.Processing;

/// <summary>When a timer first fires, how many firings (-1 unbounded), and the interval between them.</summary>
internal sealed record TimerSchedule(DateTimeOffset DueAt, int Repetitions, TimeSpan? Interval);
