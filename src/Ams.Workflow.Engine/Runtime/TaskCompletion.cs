namespace Ams.Workflow.Engine.Runtime;

/// <summary>Who completed a user task that a separation of duties names, kept on the instance so the check reads the state its commit is guarded by.</summary>
/// <param name="ElementId">The user task's element id.</param>
/// <param name="UserId">Who completed it.</param>
public sealed record TaskCompletion(string ElementId, string UserId);
