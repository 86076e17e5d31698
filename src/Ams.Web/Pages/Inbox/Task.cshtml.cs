using System.Text.Json.Nodes;
using Ams.Web.Features.Accounts;
using Ams.Web.Features.Inbox;
using Ams.Web.Infrastructure.Hosting;
using Ams.Web.Infrastructure.Localization;
using Ams.Web.Operations.Forms;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Inbox;

/// <summary>
/// One task: the request, the certificate's facts, the holder's earlier requests; claim, unclaim, and the task's form-js form,
/// whose script completes the task through the API (which checks the values against the same form).
/// </summary>
[Authorize(Policy = Roles.Verifier)]
public sealed class TaskModel(VerifierInbox inbox, FormCatalog forms, UserManager<AmsUser> users) : PageModel
{
    /// <summary>The task and what goes with it.</summary>
    public TaskDetails Details { get; private set; } = null!;

    /// <summary>The assignee's email, when claimed.</summary>
    public string? AssigneeName { get; private set; }

    /// <summary>Whether the caller holds the task.</summary>
    public bool IsMine { get; private set; }

    /// <summary>What the last action came to.</summary>
    public string? Message { get; private set; }

    /// <summary>Whether the last action failed.</summary>
    public bool Failed { get; private set; }

    /// <summary>The task's form (latest version) and the task's variables, as JSON for the form-js viewer; null when the form is unknown.</summary>
    public string? FormData { get; private set; }

    /// <summary>Shows the task.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Claims the task.</summary>
    public Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, inbox.ClaimAsync(id, User, cancellationToken), cancellationToken);

    /// <summary>Returns the task to the group.</summary>
    public Task<IActionResult> OnPostUnclaimAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, inbox.UnclaimAsync(id, User, cancellationToken), cancellationToken);

    private async Task<IActionResult> ActAsync(Guid id, Task<InboxOutcome> action, CancellationToken cancellationToken)
    {
        var outcome = await action;
        if (outcome.Kind == InboxOutcomeKind.NotFound)
        {
            return NotFound();
        }

        Failed = outcome.Kind != InboxOutcomeKind.Done;
        Message = Failed ? outcome.Message : null;
        return await LoadAsync(id, cancellationToken) ? Page() : Redirect("/inbox");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var details = await inbox.FindAsync(id, User, cancellationToken);
        if (details is null)
        {
            return false;
        }

        Details = details;
        IsMine = details.Task.Assignee == Caller.Id(User);
        var form = await forms.FindAsync(details.Task.FormKey, cancellationToken);
        FormData = form is null ? null : new JsonObject { ["schema"] = form.ToJson(), ["data"] = details.Variables.DeepClone() }.ToJsonString();
        AssigneeName = details.Task.Assignee is { } assignee ? (await users.FindByIdAsync(assignee))?.Email ?? assignee : null;
        return true;
    }
}
