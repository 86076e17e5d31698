using Ams.Web.Hosting;
using Ams.Workflow.Engine;

namespace Ams.Web.Workflows;

/// <summary>Deploys the shipped models at start-up: a file that differs from the latest version becomes the next one.</summary>
public sealed partial class WorkflowFolderDeployment(WorkflowEngine engine, AmsPaths paths, ILogger<WorkflowFolderDeployment> logger)
{
    /// <summary>Deploys every <c>*.bpmn</c> of the workflows folder; a shipped model with errors stops the start.</summary>
    public async Task DeployAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(paths.Workflows))
        {
            LogNoFolder(paths.Workflows);
            return;
        }

        foreach (var file in Directory.EnumerateFiles(paths.Workflows, "*.bpmn").Order(StringComparer.Ordinal))
        {
            var result = await engine.DeployAsync(await File.ReadAllTextAsync(file, cancellationToken), "system", cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"The shipped model {Path.GetFileName(file)} cannot be deployed: "
                    + string.Join(" ", result.Problems.Select(p => $"{p.ElementId}: {p.Message}")));
            }

            LogDeployed(result.ProcessId, result.Version, result.Created);
        }
    }

    [LoggerMessage(LogLevel.Warning, "No workflows folder at {Path}; nothing deployed at start-up.")]
    private partial void LogNoFolder(string path);

    [LoggerMessage(LogLevel.Information, "Workflow {ProcessId} is at version {Version} (new: {Created}).")]
    private partial void LogDeployed(string? processId, int version, bool created);
}
