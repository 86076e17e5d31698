using Ams.Web.Features.Accounts;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Admin;

/// <summary>
/// One process version's diagram with, on each element, how many active instances wait there and how many incidents it
/// holds (the page script reads the counts from the statistics API). Without a process, the page lets the administrator
/// pick one and its version.
/// </summary>
[Authorize(Policy = Roles.Admin)]
public sealed class InstancesOverviewModel(WorkflowEngine engine) : PageModel
{
    /// <summary>The process.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ProcessId { get; set; }

    /// <summary>The version; the latest when left out.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Version { get; set; }

    /// <summary>The version shown; null while the administrator picks one.</summary>
    public ProcessDefinitionRecord? Definition { get; private set; }

    /// <summary>Every deployed version, newest first within each process, to pick from.</summary>
    public IReadOnlyList<ProcessDefinitionRecord> Deployed { get; private set; } = [];

    /// <summary>Every version of the process, for switching.</summary>
    public IReadOnlyList<int> Versions { get; private set; } = [];

    /// <summary>Loads the version (the picker without a process), or answers 404.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Deployed = (await engine.Store.ListDefinitionsAsync(cancellationToken))
            .OrderBy(d => d.ProcessId, StringComparer.Ordinal).ThenByDescending(d => d.Version).ToList();
        if (string.IsNullOrWhiteSpace(ProcessId))
        {
            return Page();
        }

        var versions = Deployed.Where(d => d.ProcessId == ProcessId).ToList();
        var definition = Version is { } number ? versions.Find(d => d.Version == number) : versions.MaxBy(d => d.Version);
        if (definition is null)
        {
            return NotFound();
        }

        Definition = definition;
        Versions = versions.Select(d => d.Version).OrderDescending().ToList();
        return Page();
    }
}
