namespace Ams.Workflow.Engine.Dmn;

/// <summary>A decision of a decision requirements graph.</summary>
/// <param name="Id">The decision id, which a business rule task calls.</param>
/// <param name="Name">The decision's name.</param>
/// <param name="RequiredDecisionIds">Decisions evaluated first; each one's result is a variable named by its id.</param>
/// <param name="Logic">The decision table or literal expression.</param>
public sealed record Decision(string Id, string? Name, IReadOnlyList<string> RequiredDecisionIds, DecisionLogic Logic);
