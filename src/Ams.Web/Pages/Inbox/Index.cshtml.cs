using Ams.Web.Features.Accounts;
using Ams.Web.Features.Inbox;
using Ams.Web.Infrastructure.Lists;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Inbox;

/// <summary>The verifier's tasks: open tasks of my groups, tasks claimed by me, tasks I completed, with filters.</summary>
[Authorize(Policy = Roles.Verifier)]
public sealed class IndexModel(VerifierInbox inbox, TimeProvider clock) : PageModel
{
    /// <summary><c>open</c>, <c>mine</c> or <c>completed</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string Scope { get; set; } = "open";

    /// <summary>Only requests of this kind: <c>issue</c> or <c>revoke</c>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    /// <summary>Only requests with this reason.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Reason { get; set; }

    /// <summary>Only requests of holders whose email contains this.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Holder { get; set; }

    /// <summary>Only the request for this serial number.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Serial { get; set; }

    /// <summary>Only tasks past their due date.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    /// <summary>The tasks of the page shown; open tasks by default highest priority and earliest due first, completed ones latest first.</summary>
    public IReadOnlyList<TaskView> Tasks { get; private set; } = [];

    /// <summary>The list's sort and page (<c>sort</c>, <c>dir</c>, <c>page</c>).</summary>
    public ListQuery List { get; private set; } = null!;

    /// <summary>What the last claim, unclaim or decision came to, carried over its redirect.</summary>
    [TempData(Key = "InboxMessage")]
    public string? Message { get; set; }

    /// <summary>Whether that action failed.</summary>
    [TempData(Key = "InboxFailed")]
    public bool Failed { get; set; }

    /// <summary>Whether the list shows completed tasks (their decision) rather than open ones (their priority and due date).</summary>
    public bool ShowsCompleted => Scope == "completed";

    /// <summary>Now, to mark overdue tasks.</summary>
    public DateTimeOffset Now { get; private set; }

    /// <summary>Lists the tasks.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Now = clock.GetUtcNow();
        var tasks = await inbox.ListAsync(User, new InboxFilter(Scope, Reason, Holder, Serial, Overdue, Kind), cancellationToken);
        if (tasks is null)
        {
            return BadRequest();
        }

        List = ListQuery.From(Request, InboxColumns.Keys.Keys, ShowsCompleted ? "completed" : "priority", defaultDescending: true);
        Tasks = List.Apply(tasks, InboxColumns.Keys);
        if (ShowsCompleted)
        {
            Tasks = await inbox.WithDecisionsAsync(Tasks, cancellationToken);
        }

        return Page();
    }
}
