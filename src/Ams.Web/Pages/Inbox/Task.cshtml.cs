using System.Globalization;
using System.Text.Json;
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
/// One task: the request, the certificate's facts, the holder's earlier requests; claim, unclaim, and the task's form-js
/// form, whose script asks for confirmation and posts the values to <see cref="OnPostDecideAsync"/> (checked against the
/// same form). Every post redirects (post/redirect/get) with a message saying what happened; a completed task shows its decision.
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

    /// <summary>Whether someone else holds the task, so the caller may not decide it.</summary>
    public bool IsHeldByAnother => Details.Task.Assignee is not null && !IsMine;

    /// <summary>What the last claim, unclaim or decision came to, carried over its redirect.</summary>
    [TempData(Key = "InboxMessage")]
    public string? Message { get; set; }

    /// <summary>Whether that action failed.</summary>
    [TempData(Key = "InboxFailed")]
    public bool Failed { get; set; }

    /// <summary>The values of a refused decision, to fill the form in again after the redirect.</summary>
    [TempData(Key = "InboxValues")]
    public string? RefusedValues { get; set; }

    /// <summary>The task's form (latest version) and the task's variables, as JSON for the form-js viewer; null when the form is unknown.</summary>
    public string? FormData { get; private set; }

    /// <summary>Shows the task.</summary>
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Claims the task.</summary>
    public async Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken cancellationToken) =>
        AfterAction(id, await inbox.ClaimAsync(id, User, cancellationToken), "taskClaimed", null);

    /// <summary>Returns the task to the group.</summary>
    public async Task<IActionResult> OnPostUnclaimAsync(Guid id, CancellationToken cancellationToken) =>
        AfterAction(id, await inbox.UnclaimAsync(id, User, cancellationToken), "taskUnclaimed", null);

    /// <summary>
    /// Decides the task with the form's values (<paramref name="values"/>, a JSON object); an unclaimed task is claimed
    /// and decided in one go. Done: on to the completed tasks; refused: back to the task, the form filled in again.
    /// </summary>
    public async Task<IActionResult> OnPostDecideAsync(Guid id, [FromForm] string? values, CancellationToken cancellationToken)
    {
        var submitted = ParseValues(values);
        if (submitted is null)
        {
            return AfterAction(id, InboxOutcome.Invalid(new Dictionary<string, string[]> { ["values"] = ["The values are not a JSON object."] }), "", null);
        }

        var outcome = await inbox.CompleteAsync(id, submitted, User, cancellationToken);
        if (outcome.Kind == InboxOutcomeKind.Done)
        {
            var number = (await inbox.FindAsync(id, User, cancellationToken))?.Task.RequestNumber;
            Message = string.Format(CultureInfo.CurrentCulture, Texts.Get("taskDecided"), number ?? "—", InboxWords.Decision(submitted["decision"]?.ToString()));
            Failed = false;
            return Redirect("/inbox?scope=completed");
        }

        return AfterAction(id, outcome, "", submitted);
    }

    private IActionResult AfterAction(Guid id, InboxOutcome outcome, string doneKey, JsonObject? submitted)
    {
        if (outcome.Kind == InboxOutcomeKind.NotFound)
        {
            return NotFound();
        }

        Failed = outcome.Kind != InboxOutcomeKind.Done;
        Message = Failed ? Refusal(outcome, submitted) : Texts.Get(doneKey);
        RefusedValues = Failed ? submitted?.ToJsonString() : null;
        return Redirect($"/inbox/{id}");
    }

    /// <summary>Why an action was refused, in the page's words.</summary>
    private static string Refusal(InboxOutcome outcome, JsonObject? submitted)
    {
        if (outcome.Kind == InboxOutcomeKind.FourEyes)
        {
            return Texts.Get(outcome.Rule == Workflow.Engine.Model.SeparationOfDuties.SeparateFromRequesterHeader ? "refusedOwnRequest" : "refusedSecondDecision");
        }

        if (outcome.Kind == InboxOutcomeKind.Conflict)
        {
            return Texts.Get("refusedTaken");
        }

        if (outcome.Errors is { } errors)
        {
            var noteMissing = errors.ContainsKey("note") && submitted?["decision"]?.ToString() == Features.Requests.VerificationStates.Rejected
                && string.IsNullOrWhiteSpace(submitted["note"]?.ToString());
            var others = errors.Where(e => !(noteMissing && e.Key == "note")).Select(e => $"{e.Key}: {string.Join(" ", e.Value)}");
            return string.Join(" ", new[] { Texts.Get("formInvalid"), noteMissing ? Texts.Get("noteRequiredToReject") : null }.Concat(others).Where(t => t is not null));
        }

        return outcome.Message ?? Texts.Get("formInvalid");
    }

    private static JsonObject? ParseValues(string? values)
    {
        if (string.IsNullOrWhiteSpace(values))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(values) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
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
        var data = details.Variables.DeepClone().AsObject();
        foreach (var (key, value) in ParseValues(RefusedValues) ?? [])
        {
            data[key] = value?.DeepClone();
        }

        FormData = form is null ? null : new JsonObject { ["schema"] = form.ToJson(), ["data"] = data }.ToJsonString();
        AssigneeName = details.Task.Assignee is { } assignee ? (await users.FindByIdAsync(assignee))?.Email ?? assignee : null;
        return true;
    }
}
