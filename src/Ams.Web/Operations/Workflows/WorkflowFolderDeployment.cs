using Ams.Web.Infrastructure.Hosting;
using Ams.Workflow.Engine;

namespace Ams.Web.Operations.Workflows;

/// <summary>
/// Deploys the shipped models at start-up. A shipped file becomes the next version only when it differs from the last
/// version the folder deployed, so a version an administrator deployed from the designer is not replaced by a restart,
/// while a changed shipped file (an upgrade) still is.
/// </summary>
public sealed partial class WorkflowFolderDeployment(WorkflowEngine engine, AmsPaths paths, Operations.Audit.AuditTrail audit, ILogger<WorkflowFolderDeployment> logger)
{
    /// <summary>Deploys every <c>*.bpmn</c> of the workflows folder; a shipped model with errors stops the start.</summary>
    public async Task DeployAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(paths.Workflows))
        {
            LogNoFolder(paths.Workflows);
            return;
        }

        var shipped = await LastShippedAsync(cancellationToken);
        foreach (var file in Directory.EnumerateFiles(paths.Workflows, "*.bpmn").Order(StringComparer.Ordinal))
        {
            var xml = await File.ReadAllTextAsync(file, cancellationToken);
            if (shipped.Contains(xml))
            {
                LogUnchanged(Path.GetFileName(file));
                continue;
            }

            var result = await engine.DeployAsync(xml, Deployer, cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"The shipped model {Path.GetFileName(file)} cannot be deployed: "
                    + string.Join(" ", result.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
            }

            LogDeployed(result.ProcessId, result.Version, result.Created);
            if (result.Created)
            {
                await audit.RecordAsync(Operations.Audit.AuditEvent.Deployed(result.ProcessId!, result.Version), cancellationToken);
            }
        }
    }

    /// <summary>Who deploys the shipped models.</summary>
    public const string Deployer = "system";

    /// <summary>The XML of the last version the folder deployed, of every process.</summary>
    private async Task<HashSet<string>> LastShippedAsync(CancellationToken cancellationToken)
    {
        var definitions = await engine.Store.ListDefinitionsAsync(cancellationToken);
        return definitions
            .Where(d => d.DeployedBy == Deployer)
            .GroupBy(d => d.ProcessId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(d => d.Version)!.Xml)
            .ToHashSet(StringComparer.Ordinal);
    }

    [LoggerMessage(LogLevel.Information, "The shipped model {File} is deployed already.")]
    private partial void LogUnchanged(string file);

    [LoggerMessage(LogLevel.Warning, "No workflows folder at {Path}; nothing deployed at start-up.")]
    private partial void LogNoFolder(string path);

    [LoggerMessage(LogLevel.Information, "Workflow {ProcessId} is at version {Version} (new: {Created}).")]
    private partial void LogDeployed(string? processId, int version, bool created);
}
