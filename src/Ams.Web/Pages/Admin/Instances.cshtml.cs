using Ams.Web.Features.Accounts;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Admin;

/// <summary>Process instances for administrators, newest first, a page at a time, filtered by process, version, state, incidents and request.</summary>
[Authorize(Policy = Roles.Admin)]
public sealed class InstancesModel(WorkflowEngine engine) : PageModel
{
    /// <summary>How many rows a page shows at most.</summary>
    public static readonly int[] Limits = [50, 200, 1000];

    /// <summary>Only instances of this process.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ProcessId { get; set; }

    /// <summary>Only instances of this version.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    /// <summary><c>active</c>, <c>completed</c> or <c>terminated</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    /// <summary>Only instances with an open incident.</summary>
    [BindProperty(SupportsGet = true)]
    public bool WithIncidents { get; set; }

    /// <summary>Only the instance of this request id (business key).</summary>
    [BindProperty(SupportsGet = true, Name = "request")]
    public string? RequestId { get; set; }

    /// <summary>At most this many rows.</summary>
    [BindProperty(SupportsGet = true)]
    public int Limit { get; set; } = Limits[0];

    /// <summary>The page shown, from 1.</summary>
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Every deployed version, for the filters.</summary>
    public IReadOnlyList<ProcessDefinitionRecord> Definitions { get; private set; } = [];

    /// <summary>The matching instances.</summary>
    public IReadOnlyList<InstanceSummary> Instances { get; private set; } = [];

    /// <summary>Whether more instances match than this page shows.</summary>
    public bool HasNextPage { get; private set; }

    /// <summary>The address of another page with the same filters.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["processId"] = ProcessId,
            ["version"] = Version?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["state"] = State,
            ["withIncidents"] = WithIncidents ? "true" : null,
            ["request"] = RequestId,
            ["limit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["pageNumber"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/instances", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    /// <summary>Lists the instances.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ProcessInstanceState? state = null;
        if (!string.IsNullOrEmpty(State))
        {
            if (!Enum.TryParse<ProcessInstanceState>(State, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return BadRequest();
            }

            state = parsed;
        }

        if (!Limits.Contains(Limit))
        {
            Limit = Limits[0];
        }

        PageNumber = Math.Clamp(PageNumber, 1, int.MaxValue / Limits[^1]);

        Definitions = await engine.Store.ListDefinitionsAsync(cancellationToken);
        var found = await engine.Store.QueryInstancesAsync(
            new InstanceQuery
            {
                ProcessId = string.IsNullOrWhiteSpace(ProcessId) ? null : ProcessId.Trim(),
                Version = Version,
                State = state,
                WithIncidents = WithIncidents ? true : null,
                BusinessKey = string.IsNullOrWhiteSpace(RequestId) ? null : RequestId.Trim(),
                Limit = Limit + 1,
                Offset = (PageNumber - 1) * Limit,
            },
            cancellationToken);
        HasNextPage = found.Count > Limit;
        Instances = found.Take(Limit).ToList();
        return Page();
    }
}
