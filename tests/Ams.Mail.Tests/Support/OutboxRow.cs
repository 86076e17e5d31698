namespace Ams.Mail.Tests.Support;

/// <summary>Everything the SQLite outbox stores about one mail.</summary>
internal sealed record OutboxRow(
    Guid Key,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? LockedUntil,
    DateTimeOffset? SentAt,
    bool IsDead,
    string? LastError);
