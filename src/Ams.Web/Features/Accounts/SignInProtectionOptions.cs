namespace Ams.Web.Features.Accounts;

/// <summary>
/// The <c>Ams:SignIn</c> section: how hard guessing is made. The short lock per account and client address uses
/// Identity's <c>Lockout.MaxFailedAccessAttempts</c> (5) within <c>Lockout.DefaultLockoutTimeSpan</c> (15 minutes).
/// </summary>
public sealed class SignInProtectionOptions
{
    /// <summary>Sign-in requests (password or code) one client address may make per minute on one node.</summary>
    public int AttemptsPerAddressPerMinute { get; set; } = 30;

    /// <summary>Failed sign-ins one account may take per minute on one node, from all addresses together.</summary>
    public int FailuresPerAccountPerMinute { get; set; } = 20;

    /// <summary>Failures of an account, from all addresses, that lock it until an administrator lifts the lock.</summary>
    public int AccountLockThreshold { get; set; } = 50;
}
