using System.Collections.Concurrent;
using Ams.Workflow.Engine.Dmn;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Engine.Processing;

/// <summary>Parsed decision graphs by resource version key: a deployed version never changes, so each is parsed once.</summary>
internal sealed class DecisionCache(IWorkflowStore store)
{
    private readonly ConcurrentDictionary<Guid, DecisionRequirementsGraph> graphs = new();

    public void Add(Guid key, DecisionRequirementsGraph graph) => graphs[key] = graph;

    /// <summary>The latest deployed graph that holds <paramref name="decisionId"/>, with its version; null when none does.</summary>
    public async Task<(DecisionResourceRecord Resource, DecisionRequirementsGraph Graph)?> FindLatestAsync(string decisionId, CancellationToken cancellationToken)
    {
        var resource = await store.FindLatestDecisionResourceByDecisionIdAsync(decisionId, cancellationToken);
        if (resource is null)
        {
            return null;
        }

        if (!graphs.TryGetValue(resource.Key, out var graph))
        {
            var parsed = DmnParser.Parse(resource.Xml);
            graph = parsed.Graph ?? throw new InvalidOperationException($"Stored decisions {resource.Key} no longer parse: {parsed.Problems[0].Message}");
            graphs[resource.Key] = graph;
        }

        return (resource, graph);
    }
}
