namespace Ams.Mail.Delivery;

/// <summary>Exponential back-off: the initial delay, doubled after each failed attempt, capped.</summary>
public sealed class MailRetryPolicy
{
    /// <summary>Creates the policy from the delivery options.</summary>
    public MailRetryPolicy(MailDeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.InitialRetryDelay, TimeSpan.Zero, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRetryDelay, options.InitialRetryDelay, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAttempts, 1, nameof(options));
        InitialDelay = options.InitialRetryDelay;
        MaxDelay = options.MaxRetryDelay;
        MaxAttempts = options.MaxAttempts;
    }

    /// <summary>Delay before the first retry.</summary>
    public TimeSpan InitialDelay { get; }

    /// <summary>Upper bound of any delay.</summary>
    public TimeSpan MaxDelay { get; }

    /// <summary>Attempts after which a message is dead.</summary>
    public int MaxAttempts { get; }

    /// <summary>Whether a message that has failed <paramref name="attempts"/> times gets another attempt.</summary>
    public bool AllowsRetryAfter(int attempts) => attempts < MaxAttempts;

    /// <summary>The delay after the <paramref name="attempts"/>-th failed attempt (1-based).</summary>
    public TimeSpan DelayAfter(int attempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        var ticks = Math.Min(InitialDelay.Ticks * factor, MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
