using Ams.Web.Features.Accounts;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Admin;

/// <summary>
/// One process instance: its version's diagram with waiting, completed and failed elements marked, its history, its
/// variables and its open incidents with a retry. The page script reads everything else from the API.
/// </summary>
[Authorize(Policy = Roles.Admin)]
public sealed class InstanceViewModel(WorkflowEngine engine) : PageModel
{
    /// <summary>The instance.</summary>
    public ProcessInstance Instance { get; private set; } = null!;

    /// <summary>The instances this one's call activities are waiting for, by call activity.</summary>
    public IReadOnlyList<(string ElementId, Guid InstanceId)> CalledInstances =>
        [.. Instance.Elements.Where(e => e.CalledInstanceId is not null).Select(e => (e.ElementId, e.CalledInstanceId!.Value))];

    /// <summary>Loads the instance, or answers 404.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await engine.GetInstanceAsync(id, cancellationToken) is not { } instance)
        {
            return NotFound();
        }

        Instance = instance;
        return Page();
    }
}
