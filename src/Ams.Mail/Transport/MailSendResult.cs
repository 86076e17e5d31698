namespace Ams.Mail.Transport;

/// <summary>The outcome of handing one message to a transport.</summary>
/// <param name="Outcome">Sent, or how it failed.</param>
/// <param name="Error">Why it failed; null when sent.</param>
public sealed record MailSendResult(MailSendOutcome Outcome, string? Error)
{
    /// <summary>The message was accepted.</summary>
    public static MailSendResult Sent { get; } = new(MailSendOutcome.Sent, null);

    /// <summary>A failure a later attempt may not have (server down, 4xx reply, timeout).</summary>
    public static MailSendResult Transient(string error) => new(MailSendOutcome.TransientFailure, error);

    /// <summary>A failure every attempt will have (5xx reply to the sender or recipients).</summary>
    public static MailSendResult Permanent(string error) => new(MailSendOutcome.PermanentFailure, error);
}
