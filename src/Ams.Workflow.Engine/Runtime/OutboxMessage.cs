namespace Ams.Workflow.Engine.Runtime;

/// <summary>A row for the host's outbox (a mail to send, say), written in the same transaction as the step that caused it.</summary>
/// <param name="Key">The message key.</param>
/// <param name="Topic">What the host does with it, e.g. <c>mail</c>.</param>
/// <param name="Payload">JSON the host understands.</param>
/// <param name="CreatedAt">When it was written.</param>
public sealed record OutboxMessage(Guid Key, string Topic, string Payload, DateTimeOffset CreatedAt);
