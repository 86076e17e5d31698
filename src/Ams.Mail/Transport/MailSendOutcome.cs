namespace Ams.Mail.Transport;

/// <summary>How handing a message to a transport ended.</summary>
public enum MailSendOutcome
{
    /// <summary>The message was accepted.</summary>
    Sent,

    /// <summary>Not accepted this time; try again later.</summary>
    TransientFailure,

    /// <summary>Not accepted, and never will be.</summary>
    PermanentFailure,
}
