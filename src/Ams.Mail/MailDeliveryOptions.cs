namespace Ams.Mail;

/// <summary>Retry and batching of outbox delivery, bound from <c>Ams:Mail:Delivery</c>.</summary>
public sealed class MailDeliveryOptions
{
    /// <summary>Delay before the first retry (default 30 seconds); each further retry doubles it.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Upper bound of the delay between two attempts (default 4 hours).</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(4);

    /// <summary>
    /// Attempts after which a message is marked dead (default 40: with the default delays, about five days of trying,
    /// as long as mail servers keep a message they cannot deliver).
    /// </summary>
    public int MaxAttempts { get; set; } = 40;

    /// <summary>Messages claimed by one delivery pass (default 50).</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long a claimed message stays invisible to other passes (default 2 minutes); a pass that
    /// dies mid-way leaves its messages to be claimed again after it. A pass stops sending at half
    /// its lease, so this must be well above the SMTP timeout.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);
}
