namespace Ams.Workflow.Store;

/// <summary>An outbox row claimed for delivery.</summary>
/// <param name="Key">The row's key (the id of the message it carries).</param>
/// <param name="Payload">What the command wrote.</param>
/// <param name="CreatedAt">When the command wrote it.</param>
/// <param name="Attempts">Failed attempts so far.</param>
public sealed record OutboxEntry(Guid Key, string Payload, DateTimeOffset CreatedAt, int Attempts);
