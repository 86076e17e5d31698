using Ams.Workflow.Engine.Model;
using Ams.Workflow.Engine.Storage;

namespace Ams.Workflow.Engine.Processing;

/// <summary>Which deployed version a call activity starts.</summary>
internal sealed class CalledProcesses(IWorkflowStore store, ModelCache models)
{
    /// <summary>The latest version of a process, or with a version tag the newest version that carries it.</summary>
    public async Task<(ProcessDefinitionRecord? Definition, ProcessModel? Model)> FindAsync(string processId, string? versionTag, CancellationToken cancellationToken)
    {
        if (versionTag is null)
        {
            var latest = await store.FindLatestDefinitionAsync(processId, cancellationToken);
            return (latest, latest is null ? null : await models.GetAsync(latest.Key, cancellationToken));
        }

        // The store keeps no version tags: read the versions, newest first, from the model cache.
        foreach (var definition in (await store.ListDefinitionsAsync(cancellationToken)).Where(d => d.ProcessId == processId).OrderByDescending(d => d.Version))
        {
            var model = await models.GetAsync(definition.Key, cancellationToken);
            if (model.VersionTag == versionTag)
            {
                return (definition, model);
            }
        }

        return (null, null);
    }
}
