using Ams.Workflow.Engine.Parsing;

namespace Ams.Workflow.Engine.Dmn;

/// <summary>The outcome of parsing DMN: the decisions when there is no error, and every problem found.</summary>
/// <param name="Graph">The decisions, or null when any error was found.</param>
/// <param name="Problems">Errors, each naming the DMN element (decision, rule, input, output) it is about.</param>
public sealed record DmnParseResult(DecisionRequirementsGraph? Graph, IReadOnlyList<ModelProblem> Problems)
{
    /// <summary>Whether the decisions can be deployed.</summary>
    public bool Succeeded => Graph is not null && !Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
