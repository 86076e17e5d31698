using Ams.Workflow.Engine.Parsing;

namespace Ams.Web.Operations.Workflows;

/// <summary>A model problem as the API reports it.</summary>
public sealed record ModelError(string? ElementId, string? ElementType, string Message, string Severity)
{
    /// <summary>From the engine's problem.</summary>
    public static ModelError From(ModelProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new(problem.ElementId, problem.ElementType, problem.Message, problem.Severity == ProblemSeverity.Error ? "error" : "warning");
    }
}
