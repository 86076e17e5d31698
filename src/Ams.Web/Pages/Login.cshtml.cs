using Ams.Web.Accounts;
using Ams.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages;

/// <summary>The sign-in page: cookie sign-in with lockout after repeated failures.</summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<AmsUser> signIn, UserManager<AmsUser> users) : PageModel
{
    /// <summary>The email typed in.</summary>
    [BindProperty]
    public string Email { get; set; } = "";

    /// <summary>The password typed in.</summary>
    [BindProperty]
    public string Password { get; set; } = "";

    /// <summary>Where to go after signing in.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Signs in and goes on, or says why not.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var user = string.IsNullOrWhiteSpace(Email) ? null : await users.FindByEmailAsync(Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        Error = Texts.Get(result.IsLockedOut ? "lockedOut" : "signInFailed");
        return Page();
    }
}
