using Ams.Web.Features.Accounts;

namespace Ams.Web.Operations.Audit;

/// <summary>
/// Records sign-ins for the one sign-in check (API and pages): a success, a failure with why, the failure that locks an
/// account for everyone, and an administrator's unlock. A right password that still waits for its second factor is not
/// recorded: the second step records its own outcome.
/// </summary>
public sealed class SignInAudit(AuditTrail audit, IHttpContextAccessor http)
{
    /// <summary>The account signed in.</summary>
    public Task SucceededAsync(AmsUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return RecordAsync(AuditEventTypes.SignIn, $"at {http.HttpContext?.Request.Path}", user, user.Email, cancellationToken);
    }

    /// <summary>A sign-in as <paramref name="email"/> (<paramref name="user"/>, when such an account exists) failed, and <paramref name="why"/>.</summary>
    public Task FailedAsync(AmsUser? user, string email, string why, CancellationToken cancellationToken) =>
        RecordAsync(AuditEventTypes.SignInFailed, $"{why} at {http.HttpContext?.Request.Path}", user, email, cancellationToken);

    /// <summary>The failure just recorded locked the account for everyone, until an administrator lifts the lock.</summary>
    public Task LockedAsync(AmsUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        return RecordAsync(AuditEventTypes.AccountLocked, "after repeated failed sign-ins, until an administrator unlocks it", user, user.Email, cancellationToken);
    }

    /// <summary>The current caller (an administrator) lifted every lock of account <paramref name="userId"/>.</summary>
    public Task UnlockedAsync(string userId, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEvent(AuditEventTypes.AccountUnlocked, $"account {userId}"), cancellationToken);

    private Task RecordAsync(string type, string detail, AmsUser? user, string? email, CancellationToken cancellationToken)
    {
        var context = http.HttpContext;
        var actor = user is not null
            ? AuditActor.User(user.Id, user.Email ?? user.Id, context)
            : context is null ? new AuditActor("anonymous", email ?? "anonymous", null) : AuditActor.Of(context, email);
        return audit.RecordAsync(new AuditEvent(type, detail), actor, cancellationToken);
    }
}
