namespace Ams.Web.Features.Accounts;

/// <summary>What a sign-in attempt came to.</summary>
public enum SignInStatus
{
    /// <summary>Unknown email, wrong password or code, or a locked account: one answer for all.</summary>
    Failed,

    /// <summary>Too many attempts for this account this minute.</summary>
    Throttled,

    /// <summary>The password is right; the account's second factor is still to come, or was wrong.</summary>
    SecondFactorRequired,

    /// <summary>The password is right, but the account must enrol a second factor before anything else.</summary>
    EnrolmentRequired,

    /// <summary>Signed in.</summary>
    Succeeded,
}
