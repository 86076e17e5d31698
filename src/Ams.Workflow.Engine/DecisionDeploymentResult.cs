using Ams.Workflow.Engine.Parsing;

namespace Ams.Workflow.Engine;

/// <summary>The outcome of deploying DMN: the version (new or the identical existing one) or every problem found.</summary>
/// <param name="DecisionRequirementsId">The DMN <c>definitions</c> id, when the XML had one.</param>
/// <param name="Version">The version deployed or found; 0 when refused.</param>
/// <param name="Key">The version's key.</param>
/// <param name="Created">False when identical XML was already deployed, or when refused.</param>
/// <param name="DecisionIds">The decisions the version holds.</param>
/// <param name="Problems">Why the DMN was refused, each naming its element.</param>
public sealed record DecisionDeploymentResult(
    string? DecisionRequirementsId, int Version, Guid Key, bool Created, IReadOnlyList<string> DecisionIds, IReadOnlyList<ModelProblem> Problems)
{
    /// <summary>Whether a version is deployed.</summary>
    public bool Succeeded => !Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
