using System.Text;
using Ams.Web.Infrastructure.Hosting;
using Ams.Workflow.Engine;

namespace Ams.Web.Operations.Workflows;

/// <summary><c>/api/workflows/{processId}/versions</c>: a process's deployed versions and their XML.</summary>
public static class WorkflowVersionsApi
{
    /// <summary>Maps the endpoints on the workflows group.</summary>
    public static RouteGroupBuilder MapWorkflowVersions(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/{processId}/versions", ListAsync);
        group.MapGet("/{processId}/versions/{version:int}/xml", XmlAsync);
        return group;
    }

    /// <summary>The versions of one process, newest first.</summary>
    public static async Task<IReadOnlyList<WorkflowVersion>> VersionsAsync(WorkflowEngine engine, string processId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var definitions = await engine.Store.ListDefinitionsAsync(cancellationToken);
        return definitions
            .Where(d => d.ProcessId == processId)
            .OrderByDescending(d => d.Version)
            .Select(WorkflowVersion.From)
            .ToList();
    }

    private static async Task<IResult> ListAsync(string processId, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        var versions = await VersionsAsync(engine, processId, cancellationToken);
        return versions.Count == 0
            ? CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", $"No process '{processId}' is deployed.")
            : TypedResults.Ok(versions);
    }

    private static async Task<IResult> XmlAsync(string processId, int version, WorkflowEngine engine, CancellationToken cancellationToken)
    {
        var definition = await engine.Store.FindDefinitionAsync(processId, version, cancellationToken);
        if (definition is null)
        {
            return CommandResults.Problem(StatusCodes.Status404NotFound, "Not found", $"Process '{processId}' has no version {version}.");
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(definition.Xml), "application/xml", $"{processId}-v{version}.bpmn");
    }
}
