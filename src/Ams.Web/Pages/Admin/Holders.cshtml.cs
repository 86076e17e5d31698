using Ams.Web.Accounts;
using Ams.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Admin;

/// <summary>An administrator creates a holder's account; the account is sent by email.</summary>
[Authorize(Policy = Roles.Admin)]
public sealed class HoldersModel(HolderInvitations invitations) : PageModel
{
    /// <summary>The holder's name.</summary>
    [BindProperty]
    public string DisplayName { get; set; } = "";

    /// <summary>The holder's email.</summary>
    [BindProperty]
    public string Email { get; set; } = "";

    /// <summary>What the last invitation came to.</summary>
    public string? Message { get; private set; }

    /// <summary>Whether it was refused.</summary>
    public bool Failed { get; private set; }

    /// <summary>Creates the account and mails the invitation.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (user, _, problem) = await invitations.InviteAsync(Email, DisplayName, cancellationToken);
        Failed = user is null;
        Message = Failed ? problem : string.Format(System.Globalization.CultureInfo.InvariantCulture, Texts.Get("invited"), user!.Email);
        if (!Failed)
        {
            DisplayName = "";
            Email = "";
            ModelState.Clear();
        }

        return Page();
    }
}
