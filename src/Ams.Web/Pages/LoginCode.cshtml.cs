using System.Globalization;
using System.Security.Claims;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages;

/// <summary>The second step of signing in: a code from the authenticator app, or one of the recovery codes.</summary>
[AllowAnonymous]
public sealed class LoginCodeModel(SignInCheck check, SignInManager<AmsUser> signIn) : PageModel
{
    /// <summary>The six digits of the authenticator app.</summary>
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>A recovery code, instead of the authenticator's.</summary>
    [BindProperty]
    public string? RecoveryCode { get; set; }

    /// <summary>Where to go after signing in.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? Error { get; private set; }

    /// <summary>The form, for someone who has just passed the password.</summary>
    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Login") : Page();

    /// <summary>Signs in with the code, or says why not.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Login");
        }

        var outcome = await check.CheckSecondFactorAsync(user, Code, RecoveryCode, Features.Accounts.ClientAddress.Of(HttpContext), cancellationToken);
        switch (outcome.Status)
        {
            case SignInStatus.Succeeded:
                await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
                await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
            case SignInStatus.Throttled:
                Error = ThrottledSignIn.Answer(Response, outcome.RetryAfter!.Value);
                return Page();
            case SignInStatus.SecondFactorRequired:
                Error = Texts.Get("codeWrong");
                return Page();
            default:
                Error = Texts.Get("signInFailed");
                return Page();
        }
    }
}
