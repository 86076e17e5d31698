using Ams.Web.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Ams.Web.Audit;

/// <summary>
/// Records sign-ins for the sign-in code (API and page): a success, a failure with why, and the lock that a failure may
/// set off. A password accepted that still needs the second factor is not recorded: the second step records its own
/// outcome through the same call.
/// </summary>
public sealed class SignInAudit(AuditTrail audit, UserManager<AmsUser> users)
{
    /// <summary>
    /// Records the outcome of a sign-in by <paramref name="email"/> (<paramref name="user"/> when the account exists);
    /// <paramref name="lockedBefore"/> says whether the account was already locked before this attempt, so that only the
    /// attempt that locks it records <see cref="AuditEventTypes.AccountLocked"/>.
    /// </summary>
    public async Task RecordAsync(HttpContext http, string? email, AmsUser? user, SignInResult result, bool lockedBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(result);
        if (result.RequiresTwoFactor)
        {
            return;
        }

        var actor = user is null ? AuditActor.Of(http, email?.Trim()) : AuditActor.User(user.Id, user.Email ?? user.Id, http);
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditEvent(AuditEventTypes.SignIn, http.Request.Path), actor, cancellationToken);
            return;
        }

        var why = user is null ? "no such account" : result.IsLockedOut ? "account locked" : result.IsNotAllowed ? "not allowed" : "wrong password or code";
        await audit.RecordAsync(new AuditEvent(AuditEventTypes.SignInFailed, $"{why} at {http.Request.Path}"), actor, cancellationToken);
        if (user is not null && result.IsLockedOut && !lockedBefore)
        {
            var until = await users.GetLockoutEndDateAsync(user);
            await audit.RecordAsync(new AuditEvent(AuditEventTypes.AccountLocked, $"after repeated failed sign-ins, until {until:O}"), actor, cancellationToken);
        }
    }

    /// <summary>Whether <paramref name="user"/> is locked now: ask before the attempt, pass it to <see cref="RecordAsync"/>.</summary>
    public async Task<bool> IsLockedAsync(AmsUser? user) => user is not null && await users.IsLockedOutAsync(user);

    /// <summary>Records that <paramref name="user"/> was unlocked by the current caller (an administrator, or the system).</summary>
    public Task RecordUnlockAsync(AmsUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return audit.RecordAsync(new AuditEvent(AuditEventTypes.AccountUnlocked, $"{user.Email} ({user.Id})"), cancellationToken);
    }
}
