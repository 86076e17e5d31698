using Ams.Web.Features.Accounts;
using Ams.Web.Operations.Workflows;
using Ams.Workflow.Engine;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Admin;

/// <summary>Every deployed process with its versions: who deployed each and when, its XML, and comparisons.</summary>
[Authorize(Policy = Roles.Admin)]
public sealed class WorkflowsModel(WorkflowEngine engine) : PageModel
{
    /// <summary>The versions, grouped by process id, newest first.</summary>
    public IReadOnlyList<IGrouping<string, WorkflowVersion>> Processes { get; private set; } = [];

    /// <summary>Loads the versions.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var definitions = await engine.Store.ListDefinitionsAsync(cancellationToken);
        Processes = definitions
            .Select(WorkflowVersion.From)
            .OrderByDescending(v => v.Version)
            .GroupBy(v => v.ProcessId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
    }
}
