using Ams.Workflow.Engine.Parsing;

namespace Ams.Workflow.Engine;

/// <summary>The outcome of a deployment: the version (new or identical existing one) or every problem found.</summary>
/// <param name="ProcessId">The process id, when the XML had one.</param>
/// <param name="Version">The version deployed or found.</param>
/// <param name="DefinitionKey">The version's key.</param>
/// <param name="Created">False when identical XML was already deployed.</param>
/// <param name="Problems">Why the model was refused; on success, only the warnings (if any).</param>
public sealed record DeploymentResult(string? ProcessId, int Version, Guid DefinitionKey, bool Created, IReadOnlyList<ModelProblem> Problems)
{
    /// <summary>Whether a version is deployed.</summary>
    public bool Succeeded => !Problems.Any(p => p.Severity == ProblemSeverity.Error);
}
