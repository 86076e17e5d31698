using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Ams.Workflow.Engine.Dmn;
using Ams.Workflow.Engine.Feel;
using Ams.Workflow.Engine.Parsing;
using Ams.Workflow.Engine.Processing;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Engine;

/// <summary>Deploying, listing and evaluating DMN decisions, versioned like processes.</summary>
public sealed partial class WorkflowEngine
{
    /// <summary>
    /// Deploys DMN XML: identical XML returns the existing version, changed XML becomes the next version of its decision
    /// requirements graph (the <c>definitions</c> id), and DMN with problems is refused with every problem at once and
    /// nothing stored. Business rule tasks then find each decision by its id in the latest version holding it.
    /// </summary>
    /// <param name="xml">The DMN XML.</param>
    /// <param name="resourceName">The file name it is deployed as (<c>is_legal_item.dmn</c>).</param>
    /// <param name="cancellationToken">Cancels the deployment.</param>
    /// <returns>The version, or the problems.</returns>
    public async Task<DecisionDeploymentResult> DeployDecisionsAsync(string xml, string resourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceName);
        var parsed = DmnParser.Parse(xml);
        if (!parsed.Succeeded)
        {
            return new DecisionDeploymentResult(null, 0, Guid.Empty, false, [], parsed.Problems);
        }

        var graph = parsed.Graph!;
        var decisionIds = graph.Decisions.Select(d => d.Id).ToList();
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));
        for (var attempt = 0; ; attempt++)
        {
            var latest = await store.FindLatestDecisionResourceAsync(graph.Id, cancellationToken);
            if (latest is not null && latest.Checksum == checksum)
            {
                return new DecisionDeploymentResult(graph.Id, latest.Version, latest.Key, false, latest.DecisionIds, parsed.Problems);
            }

            var resource = new DecisionResourceRecord(
                ProcessingContext.NewKey(), graph.Id, graph.Name, (latest?.Version ?? 0) + 1, resourceName, xml, checksum, decisionIds, clock.GetUtcNow());
            if (await store.TryAddDecisionResourceAsync(resource, cancellationToken))
            {
                decisions.Add(resource.Key, graph);
                return new DecisionDeploymentResult(graph.Id, resource.Version, resource.Key, true, decisionIds, parsed.Problems);
            }

            if (attempt >= options.ConflictRetries)
            {
                return new DecisionDeploymentResult(graph.Id, 0, Guid.Empty, false, decisionIds,
                    [new ModelProblem(graph.Id, "definitions", "Another deployment of these decisions is in progress; try again.")]);
            }
        }
    }

    /// <summary>Checks DMN XML exactly as <see cref="DeployDecisionsAsync"/> would, without deploying anything.</summary>
    /// <param name="xml">The DMN XML.</param>
    /// <returns>Every problem, each naming its DMN element; empty when the DMN can be deployed.</returns>
    public IReadOnlyList<ModelProblem> ValidateDecisions(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        return DmnParser.Parse(xml).Problems;
    }

    /// <summary>Every deployed version of every decision requirements graph, newest first, with its XML.</summary>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The versions.</returns>
    public Task<IReadOnlyList<DecisionResourceRecord>> ListDecisionVersionsAsync(CancellationToken cancellationToken = default) =>
        store.ListDecisionResourcesAsync(cancellationToken);

    /// <summary>One version of a decision requirements graph, with its XML; null when there is none.</summary>
    /// <param name="decisionRequirementsId">The DMN <c>definitions</c> id.</param>
    /// <param name="version">The version.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The version, or null.</returns>
    public Task<DecisionResourceRecord?> GetDecisionVersionAsync(string decisionRequirementsId, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decisionRequirementsId);
        return store.FindDecisionResourceAsync(decisionRequirementsId, version, cancellationToken);
    }

    /// <summary>
    /// Evaluates the latest version of a decision against <paramref name="variables"/>, outside any process, as a
    /// business rule task would.
    /// </summary>
    /// <param name="decisionId">The decision id.</param>
    /// <param name="variables">The variables the decision reads.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The value, or an error naming the decision and the reason (including that no such decision is deployed).</returns>
    public async Task<DecisionResult> EvaluateDecisionAsync(string decisionId, JsonObject? variables, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decisionId);
        var found = await decisions.FindLatestAsync(decisionId, cancellationToken);
        return found is { } latest
            ? latest.Graph.Evaluate(decisionId, new JsonObjectFeelVariables(variables ?? []), new FeelEvaluationContext(clock.GetUtcNow()))
            : new DecisionResult(null, $"No decision with id '{decisionId}' is deployed.");
    }
}
