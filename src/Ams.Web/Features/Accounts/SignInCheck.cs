using Microsoft.AspNetCore.Identity;

namespace Ams.Web.Features.Accounts;

/// <summary>
/// The one way to sign in, for the sign-in pages and <c>POST /api/auth/login</c> alike: per-account throttle, an
/// attempt charged in the database before its password or code is checked (<see cref="FailedSignIns"/>), the same
/// answer and the same hashing work for unknown emails, and a second factor for whoever must or chose to have one.
/// </summary>
public sealed class SignInCheck(
    UserManager<AmsUser> users, FailedSignIns failures, AccountSignInThrottle throttle, UnknownAccountDecoy decoy, TwoFactorPolicy twoFactor,
    Operations.Audit.SignInAudit audit)
{
    /// <summary>
    /// Checks a password and, when given with it (the API), the second factor: an authenticator code or a recovery code.
    /// </summary>
    public async Task<SignInOutcome> CheckPasswordAsync(
        string? email, string? password, string? code, string? recoveryCode, string address, CancellationToken cancellationToken)
    {
        var name = email?.Trim() ?? "";
        if (throttle.IsExhausted(name, out var retryAfter))
        {
            return new SignInOutcome(SignInStatus.Throttled, RetryAfter: retryAfter);
        }

        var user = name.Length == 0 ? null : await users.FindByEmailAsync(name);
        if (user is null || !await failures.TryChargeAsync(user.Id, address, cancellationToken))
        {
            decoy.Check(password);
            throttle.Failed(name);
            await audit.FailedAsync(user, name, user is null ? "no such account" : "account locked", cancellationToken);
            return SignInOutcome.Failed;
        }

        if (string.IsNullOrEmpty(password) || !await users.CheckPasswordAsync(user, password))
        {
            return await FailedAsync(user, name, "wrong password", cancellationToken);
        }

        if (await users.GetTwoFactorEnabledAsync(user))
        {
            if (string.IsNullOrWhiteSpace(code) && string.IsNullOrWhiteSpace(recoveryCode))
            {
                // Left charged until the second factor succeeds: a known password must not reset the count of code guesses.
                return new SignInOutcome(SignInStatus.SecondFactorRequired, user);
            }

            return await VerifySecondFactorAsync(user, name, code, recoveryCode, address, cancellationToken);
        }

        await failures.SucceededAsync(user.Id, address, cancellationToken);
        await audit.SucceededAsync(user, cancellationToken);
        return twoFactor.IsRequired(user.Email, await users.GetRolesAsync(user))
            ? new SignInOutcome(SignInStatus.EnrolmentRequired, user)
            : new SignInOutcome(SignInStatus.Succeeded, user);
    }

    /// <summary>The second step of a page sign-in: an authenticator code or a recovery code, charged like a password.</summary>
    public async Task<SignInOutcome> CheckSecondFactorAsync(
        AmsUser user, string? code, string? recoveryCode, string address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var name = user.Email ?? user.Id;
        if (throttle.IsExhausted(name, out var retryAfter))
        {
            return new SignInOutcome(SignInStatus.Throttled, RetryAfter: retryAfter);
        }

        if (!await failures.TryChargeAsync(user.Id, address, cancellationToken))
        {
            throttle.Failed(name);
            await audit.FailedAsync(user, name, "account locked", cancellationToken);
            return SignInOutcome.Failed;
        }

        return await VerifySecondFactorAsync(user, name, code, recoveryCode, address, cancellationToken);
    }

    private async Task<SignInOutcome> VerifySecondFactorAsync(
        AmsUser user, string name, string? code, string? recoveryCode, string address, CancellationToken cancellationToken)
    {
        var verified = !string.IsNullOrWhiteSpace(code)
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Compact(code))
            : !string.IsNullOrWhiteSpace(recoveryCode)
                && (await users.RedeemTwoFactorRecoveryCodeAsync(user, recoveryCode.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant())).Succeeded;
        if (!verified)
        {
            // The password was right (or the page's first step passed), so saying that the code is wrong tells nothing new.
            await FailedAsync(user, name, "wrong second-factor code", cancellationToken);
            return new SignInOutcome(SignInStatus.SecondFactorRequired, user);
        }

        await failures.SucceededAsync(user.Id, address, cancellationToken);
        await audit.SucceededAsync(user, cancellationToken);
        return new SignInOutcome(SignInStatus.Succeeded, user);
    }

    private async Task<SignInOutcome> FailedAsync(AmsUser user, string name, string why, CancellationToken cancellationToken)
    {
        var locked = await failures.FailedAsync(user.Id, cancellationToken);
        throttle.Failed(name);
        await audit.FailedAsync(user, name, why, cancellationToken);
        if (locked)
        {
            await audit.LockedAsync(user, cancellationToken);
        }

        return SignInOutcome.Failed;
    }

    /// <summary>Authenticator codes as people type them: with spaces or dashes.</summary>
    private static string Compact(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
}
