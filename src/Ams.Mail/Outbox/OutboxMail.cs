namespace Ams.Mail.Outbox;

/// <summary>An outbox row of topic <c>mail</c> claimed for delivery.</summary>
/// <param name="Key">The row's key; the Message-ID is derived from it.</param>
/// <param name="Payload">The <see cref="MailRequest"/> as JSON.</param>
/// <param name="CreatedAt">When the workflow wrote the row; the Date header of the mail.</param>
/// <param name="Attempts">Failed delivery attempts so far (0 for a new row).</param>
public sealed record OutboxMail(Guid Key, string Payload, DateTimeOffset CreatedAt, int Attempts);
