namespace Ams.Workflow.Store;

/// <summary>An outbox row given up on after its last attempt, kept for an operator to see and send again.</summary>
public sealed record DeadOutboxEntry(Guid Key, string Payload, DateTimeOffset CreatedAt, int Attempts, string? LastError);
