namespace Ams.Web.Features.Accounts;

/// <summary>The outcome of a sign-in attempt: the status, the account once its password is right, the wait when throttled.</summary>
public sealed record SignInOutcome(SignInStatus Status, AmsUser? User = null, TimeSpan? RetryAfter = null)
{
    /// <summary>The one answer to an unknown email, a wrong password or code and a locked account.</summary>
    public static readonly SignInOutcome Failed = new(SignInStatus.Failed);
}
