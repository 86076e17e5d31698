namespace Ams.Workflow.Engine.Dmn;

/// <summary>A column of results.</summary>
/// <param name="Id">The output's id.</param>
/// <param name="Name">The output's name, the key of its value when the table has several outputs.</param>
/// <param name="TypeRef">The declared type, as written; informative only.</param>
/// <param name="PriorityValues">The output's listed values, highest priority first, for PRIORITY and OUTPUT ORDER.</param>
public sealed record DecisionTableOutput(string? Id, string Name, string? TypeRef, IReadOnlyList<string> PriorityValues);
