using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>The outcome of parsing: the model when it has no errors, and every problem found.</summary>
/// <param name="Model">The executable model, or null when any error was found.</param>
/// <param name="Problems">Errors and warnings, in document order.</param>
public sealed record BpmnParseResult(ProcessModel? Model, IReadOnlyList<ModelProblem> Problems)
{
    /// <summary>Whether the model can be deployed (warnings allowed).</summary>
    public bool Succeeded => Model is not null && !Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
