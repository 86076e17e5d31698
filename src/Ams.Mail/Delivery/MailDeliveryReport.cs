namespace Ams.Mail.Delivery;

/// <summary>What one delivery pass did.</summary>
/// <param name="Sent">Messages handed to the transport and marked sent.</param>
/// <param name="Retrying">Messages that failed and are scheduled for another attempt.</param>
/// <param name="Dead">Messages marked dead (permanent failure or attempts exhausted).</param>
/// <param name="Left">
/// Messages claimed but not attempted because half the lease had passed; they are claimed again
/// when their lease runs out.
/// </param>
public sealed record MailDeliveryReport(int Sent, int Retrying, int Dead, int Left = 0)
{
    /// <summary>Messages claimed by the pass.</summary>
    public int Claimed => Sent + Retrying + Dead + Left;
}
