namespace Ams.Workflow.Engine;

/// <summary>What a signal broadcast reached.</summary>
/// <param name="InstancesStarted">New instances started by a signal start event of the latest version of their process.</param>
/// <param name="InstancesTriggered">Running instances in which at least one subscription for the signal was triggered.</param>
public sealed record SignalBroadcastResult(int InstancesStarted, int InstancesTriggered);
