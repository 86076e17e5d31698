using Ams.Workflow.Engine.Feel;

namespace Ams.Workflow.Engine.Dmn;

/// <summary>A column of conditions: the expression whose value each rule's input entry tests.</summary>
/// <param name="Id">The input's id.</param>
/// <param name="Label">Its label.</param>
/// <param name="Expression">The input expression.</param>
/// <param name="TypeRef">The declared type, as written; informative only.</param>
public sealed record DecisionTableInput(string? Id, string? Label, FeelExpression Expression, string? TypeRef);
