using Ams.Web.Features.Accounts;
using Ams.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ams.Web.Pages.Account;

/// <summary>
/// Enrols an authenticator app: the key and its QR code, a first code that proves the app has it, then recovery codes
/// shown this once. Required of verifiers and administrators (the enrolment gate leads them here), offered to holders.
/// </summary>
[Authorize]
public sealed class TwoFactorModel(UserManager<AmsUser> users, SignInManager<AmsUser> signIn, TwoFactorPolicy policy) : PageModel
{
    /// <summary>The first code from the app.</summary>
    [BindProperty]
    public string? Code { get; set; }

    /// <summary>Whether the account already signs in with a second factor.</summary>
    public bool Enabled { get; private set; }

    /// <summary>Whether the account's role requires it.</summary>
    public bool Required { get; private set; }

    /// <summary>The key, in groups of four, to type into the app.</summary>
    public string? Key { get; private set; }

    /// <summary>The key's QR code, a PNG data URI.</summary>
    public string? QrCode { get; private set; }

    /// <summary>The recovery codes, right after enrolment only.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    /// <summary>Why the code was refused.</summary>
    public string? Error { get; private set; }

    /// <summary>The account's state, and the key to enrol when it has none yet.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await ShowAsync(user);
        return Page();
    }

    /// <summary>Checks the first code; on success turns the second factor on and shows the recovery codes.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            await ShowAsync(user);
            return Page();
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (code.Length == 0 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Error = Texts.Get("codeWrong");
            await ShowAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        // Turning the second factor on changes the security stamp: the cookie is renewed so that it stays valid.
        await signIn.RefreshSignInAsync(user);
        Enabled = true;
        Required = policy.IsRequired(user.Email, await users.GetRolesAsync(user));
        return Page();
    }

    private async Task ShowAsync(AmsUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Required = policy.IsRequired(user.Email, await users.GetRolesAsync(user));
        if (Enabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        Key = AuthenticatorUri.Readable(key!);
        QrCode = AuthenticatorUri.QrCodeDataUri(AuthenticatorUri.For(user.Email ?? user.UserName ?? user.Id, key!));
    }
}
