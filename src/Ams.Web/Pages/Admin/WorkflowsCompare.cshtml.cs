using Ams.Web.Features.Accounts;
using Ams.Workflow.Engine;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Admin;

/// <summary>Two versions of a process side by side; the page's script draws and marks the differences.</summary>
[Authorize(Policy = Roles.Admin)]
public sealed class WorkflowsCompareModel(WorkflowEngine engine) : PageModel
{
    /// <summary>The process.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ProcessId { get; set; }

    /// <summary>The older version, shown on the left.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Left { get; set; }

    /// <summary>The newer version, shown on the right.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Right { get; set; }

    /// <summary>400 without a process and two versions, 404 when either version is not deployed.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(ProcessId) || Left is null || Right is null)
        {
            return BadRequest();
        }

        var left = await engine.Store.FindDefinitionAsync(ProcessId, Left.Value, cancellationToken);
        var right = await engine.Store.FindDefinitionAsync(ProcessId, Right.Value, cancellationToken);
        return left is not null && right is not null ? Page() : NotFound();
    }
}
