namespace Ams.Workflow.Engine.Processing;

/// <summary>A decision a business rule task waits for within the command that reached it.</summary>
/// <param name="ElementInstanceKey">The task's element instance.</param>
/// <param name="DecisionId">The decision to evaluate (its latest version).</param>
/// <param name="ResultVariable">The variable that receives the result.</param>
internal sealed record PendingDecision(Guid ElementInstanceKey, string DecisionId, string ResultVariable);
