using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Admin;

/// <summary>
/// An administrator creates a holder's account, which is sent by email, and lifts the lock of accounts locked after
/// repeated failed sign-ins.
/// </summary>
[Authorize(Policy = Roles.Admin)]
public sealed class HoldersModel(HolderInvitations invitations, FailedSignIns failures) : PageModel
{
    /// <summary>Accounts locked for everyone.</summary>
    public IReadOnlyList<AmsUser> Locked { get; private set; } = [];

    /// <summary>Lists the locked accounts.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Locked = await failures.LockedAsync(cancellationToken);

    /// <summary>Lifts every lock of one account.</summary>
    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken cancellationToken)
    {
        var email = Locked.Count == 0 ? (await failures.LockedAsync(cancellationToken)).FirstOrDefault(u => u.Id == id)?.Email : null;
        Failed = !await failures.UnlockAsync(id, cancellationToken);
        Message = Failed ? Texts.Get("noLockedAccounts") : string.Format(System.Globalization.CultureInfo.InvariantCulture, Texts.Get("unlocked"), email ?? id);
        Locked = await failures.LockedAsync(cancellationToken);
        return Page();
    }

    /// <summary>The holder's name.</summary>
    [BindProperty]
    public string DisplayName { get; set; } = "";

    /// <summary>The holder's email.</summary>
    [BindProperty]
    public string Email { get; set; } = "";

    /// <summary>The holder's organisation, for their certificates.</summary>
    [BindProperty]
    public string? Organization { get; set; }

    /// <summary>The holder's unit, for their certificates.</summary>
    [BindProperty]
    public string? OrganizationalUnit { get; set; }

    /// <summary>The holder's identity number (NIK), for their certificates.</summary>
    [BindProperty]
    public string? IdentityNumber { get; set; }

    /// <summary>The language of the holder's account and invitation mail: <c>id</c> or <c>en</c>.</summary>
    [BindProperty]
    public string Language { get; set; } = AccountLanguage.Indonesian;

    /// <summary>What the last invitation came to.</summary>
    public string? Message { get; private set; }

    /// <summary>Whether it was refused.</summary>
    public bool Failed { get; private set; }

    /// <summary>Creates the account and mails the invitation.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (user, _, problem) = await invitations.InviteAsync(Email, DisplayName, new HolderSubjectFields(Organization, OrganizationalUnit, IdentityNumber), Language, cancellationToken);
        Failed = user is null;
        Message = Failed ? problem : string.Format(System.Globalization.CultureInfo.InvariantCulture, Texts.Get("invited"), user!.Email);
        if (!Failed)
        {
            DisplayName = "";
            Email = "";
            Organization = OrganizationalUnit = IdentityNumber = null;
            Language = AccountLanguage.Indonesian;
            ModelState.Clear();
        }

        Locked = await failures.LockedAsync(cancellationToken);
        return Page();
    }
}
