using System.Globalization;
using System.Security.Claims;
using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Hosting;
using Ams.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages;

/// <summary>
/// The sign-in page: the password, through the same <see cref="SignInCheck"/> as the API; then the code page for an
/// account with a second factor, or the enrolment page for one that must have it and has not.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(SignInCheck check, SignInManager<AmsUser> signIn) : PageModel
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
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = await check.CheckPasswordAsync(Email, Password, null, null, ClientAddress.Of(HttpContext), cancellationToken);
        var next = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
        switch (outcome.Status)
        {
            case SignInStatus.Succeeded:
                await signIn.SignInWithClaimsAsync(outcome.User!, isPersistent: false, [new Claim("amr", "pwd")]);
                return LocalRedirect(next);
            case SignInStatus.EnrolmentRequired:
                await signIn.SignInWithClaimsAsync(outcome.User!, isPersistent: false, [new Claim("amr", "pwd")]);
                return LocalRedirect(TwoFactorEnrolmentGate.EnrolmentPath);
            case SignInStatus.SecondFactorRequired:
                // Identity's own half-way cookie: it holds who passed the password, for the code page only.
                var halfway = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
                halfway.AddClaim(new Claim(ClaimTypes.Name, outcome.User!.Id));
                await HttpContext.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(halfway));
                return RedirectToPage("/LoginCode", new { ReturnUrl = next });
            case SignInStatus.Throttled:
                Error = ThrottledSignIn.Answer(Response, outcome.RetryAfter!.Value);
                return Page();
            default:
                Error = Texts.Get("signInFailed");
                return Page();
        }
    }
}
