using System.Collections.Concurrent;
using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Parsing;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Engine.Processing;

/// <summary>Parsed models by version key: a deployed version never changes, so each is parsed once per process.</summary>
internal sealed class ModelCache(IWorkflowStore store)
{
    private readonly ConcurrentDictionary<Guid, ProcessModel> models = new();

    public void Add(Guid key, ProcessModel model) => models[key] = model;

    public async Task<ProcessModel> GetAsync(Guid key, CancellationToken cancellationToken)
    {
        if (models.TryGetValue(key, out var model))
        {
            return model;
        }

        var definition = await store.FindDefinitionAsync(key, cancellationToken)
            ?? throw new InvalidOperationException($"Process version {key} is referenced but not stored.");
        var parsed = BpmnParser.Parse(definition.Xml);
        model = parsed.Model ?? throw new InvalidOperationException($"Stored process version {key} no longer parses: {parsed.Problems[0].Message}");
        models[key] = model;
        return model;
    }
}
