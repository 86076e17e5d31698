namespace Ams.Workflow.Engine.Storage;

/// <summary>A published message kept until a subscription takes it or its time to live ends.</summary>
/// <param name="Key">The message key.</param>
/// <param name="Name">The message name.</param>
/// <param name="CorrelationKey">The correlation key.</param>
/// <param name="Variables">JSON object of variables it carries.</param>
/// <param name="ExpiresAt">When it is dropped.</param>
public sealed record BufferedMessage(Guid Key, string Name, string CorrelationKey, string Variables, DateTimeOffset ExpiresAt);
