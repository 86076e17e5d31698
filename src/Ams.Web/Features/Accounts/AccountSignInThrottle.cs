using System.Threading.RateLimiting;

namespace Ams.Web.Features.Accounts;

/// <summary>
/// At most <see cref="SignInProtectionOptions.FailuresPerAccountPerMinute"/> failed sign-ins per account name and minute on this
/// node, whether the account exists or not. Only failures take a permit, so the owner is not throttled by their own
/// successes, and a guesser on one address, already held to five failures by <see cref="FailedSignIns"/>, cannot use
/// up the account's permits alone.
/// </summary>
public sealed class AccountSignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    /// <summary>Creates the throttle with the configured limit.</summary>
    public AccountSignInThrottle(SignInProtectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        limiter = PartitionedRateLimiter.Create<string, string>(account => RateLimitPartition.GetFixedWindowLimiter(
            account,
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = options.FailuresPerAccountPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
    }

    /// <summary>Whether the account has failures left this minute; when not, how long until it has.</summary>
    public bool IsExhausted(string account, out TimeSpan retryAfter)
    {
        using var lease = limiter.AttemptAcquire(Key(account), 0);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return !lease.IsAcquired;
    }

    /// <summary>Takes one failure from the account's allowance.</summary>
    public void Failed(string account) => limiter.AttemptAcquire(Key(account)).Dispose();

    /// <inheritdoc />
    public void Dispose() => limiter.Dispose();

    private static string Key(string account) => account.Trim().ToUpperInvariant();
}
