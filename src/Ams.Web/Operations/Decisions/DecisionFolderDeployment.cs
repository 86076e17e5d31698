using Ams.Web.Infrastructure.Hosting;
using Ams.Workflow.Engine;

namespace Ams.Web.Operations.Decisions;

/// <summary>
/// Deploys the shipped decision tables (<c>*.dmn</c> of the workflows folder) at start-up, before the models that call
/// them. As with models, a shipped file becomes the next version only when it differs from the last version the folder
/// deployed, so a table an administrator changed in the editor is not replaced by a restart.
/// </summary>
public sealed partial class DecisionFolderDeployment(WorkflowEngine engine, AmsPaths paths, Operations.Audit.AuditTrail audit, ILogger<DecisionFolderDeployment> logger)
{
    /// <summary>The resource name prefix of the versions the folder deployed.</summary>
    public const string ShippedPrefix = "workflows/";

    /// <summary>Deploys every <c>*.dmn</c> of the workflows folder; a shipped file with errors stops the start.</summary>
    public async Task DeployAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(paths.Workflows))
        {
            return;
        }

        var shipped = (await engine.ListDecisionVersionsAsync(cancellationToken))
            .Where(r => r.ResourceName.StartsWith(ShippedPrefix, StringComparison.Ordinal))
            .GroupBy(r => r.DecisionRequirementsId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(r => r.Version)!.Xml)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(paths.Workflows, "*.dmn").Order(StringComparer.Ordinal))
        {
            var xml = await File.ReadAllTextAsync(file, cancellationToken);
            if (shipped.Contains(xml))
            {
                continue;
            }

            var result = await engine.DeployDecisionsAsync(xml, ShippedPrefix + Path.GetFileName(file), cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"The shipped decisions {Path.GetFileName(file)} cannot be deployed: "
                    + string.Join(" ", result.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
            }

            LogDeployed(result.DecisionRequirementsId, result.Version, result.Created);
            if (result.Created)
            {
                await audit.RecordAsync(Operations.Audit.AuditEvent.DecisionsDeployed(result.DecisionRequirementsId!, result.Version), cancellationToken);
            }
        }
    }

    [LoggerMessage(LogLevel.Information, "Decisions {DecisionRequirementsId} are at version {Version} (new: {Created}).")]
    private partial void LogDeployed(string? decisionRequirementsId, int version, bool created);
}
