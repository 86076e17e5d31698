using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Account;

/// <summary>The link of the account invitation: the holder chooses a password; the link works once and expires.</summary>
[AllowAnonymous]
public sealed class ActivateModel(UserManager<AmsUser> users) : PageModel
{
    /// <summary>The account.</summary>
    [BindProperty(SupportsGet = true, Name = "user")]
    public string UserId { get; set; } = "";

    /// <summary>The link's token.</summary>
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    /// <summary>The password chosen.</summary>
    [BindProperty]
    public string Password { get; set; } = "";

    /// <summary>Why the password was not set.</summary>
    public string? Error { get; private set; }

    /// <summary>Whether the password is set.</summary>
    public bool Done { get; private set; }

    /// <summary>Sets the password, once.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.FindByIdAsync(UserId);
        if (user is null)
        {
            Error = Texts.Get("linkInvalid");
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Token, Password);
        if (result.Succeeded)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
            Done = true;
            return Page();
        }

        Error = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
            ? Texts.Get("linkInvalid")
            : string.Join(" ", result.Errors.Select(e => e.Description));
        return Page();
    }
}
