using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Ams.Web.Operations.Audit;

/// <summary>
/// One line of the audit log (<c>ams_audit_log</c>): who did what, when, from where, about which request or certificate.
/// Each entry carries the hash of the one before, so changing, removing or inserting an entry breaks the chain from there on.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The hash the first entry chains to.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The entry's id.</summary>
    public Guid Id { get; init; }

    /// <summary>Its place in the chain: 1, 2, 3, … without gaps.</summary>
    public long Sequence { get; init; }

    /// <summary>When it happened (UTC, milliseconds).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>What happened (<see cref="AuditEventTypes"/>).</summary>
    public string EventType { get; init; } = "";

    /// <summary>The acting user's id, or <see cref="AuditActor.SystemId"/>.</summary>
    public string ActorId { get; init; } = "";

    /// <summary>The acting user's email, or the node's name for the system.</summary>
    public string ActorName { get; init; } = "";

    /// <summary>The client's address, when a request over HTTP did it.</summary>
    public string? ClientAddress { get; init; }

    /// <summary>A short description.</summary>
    public string? Detail { get; init; }

    /// <summary>The holder's request it concerns.</summary>
    public Guid? RequestId { get; init; }

    /// <summary>The certificate it concerns (serial, lower-case hex).</summary>
    public string? SerialNumber { get; init; }

    /// <summary>The hash of the entry before (<see cref="GenesisHash"/> for the first).</summary>
    public string PreviousHash { get; init; } = GenesisHash;

    /// <summary>SHA-256 of <see cref="CanonicalText"/>, lower-case hex.</summary>
    public string Hash { get; private set; } = "";

    /// <summary>The entry that follows <paramref name="previous"/> (null: the first), with its hash.</summary>
    public static AuditEntry Next(AuditEntry? previous, AuditEvent auditEvent, AuditActor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        ArgumentNullException.ThrowIfNull(actor);
        var entry = new AuditEntry
        {
            Id = Guid.NewGuid(),
            Sequence = (previous?.Sequence ?? 0) + 1,
            At = DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds()),
            EventType = auditEvent.Type,
            ActorId = Truncate(actor.Id, 64)!,
            ActorName = Truncate(actor.Name, 256)!,
            ClientAddress = Truncate(actor.ClientAddress, 64),
            Detail = Truncate(auditEvent.Detail, 1000),
            RequestId = auditEvent.RequestId,
            SerialNumber = Truncate(auditEvent.SerialNumber?.ToLowerInvariant(), 64),
            PreviousHash = previous?.Hash ?? GenesisHash,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>
    /// Every field but the hash, as a JSON array in a fixed order (a version tag first), so that the same entry always
    /// gives the same bytes whatever the database or the runtime.
    /// </summary>
    public string CanonicalText()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteStringValue("ams-audit-v1");
            json.WriteNumberValue(Sequence);
            json.WriteStringValue(Id.ToString("D"));
            json.WriteNumberValue(At.ToUnixTimeMilliseconds());
            json.WriteStringValue(EventType);
            json.WriteStringValue(ActorId);
            json.WriteStringValue(ActorName);
            WriteOrNull(json, ClientAddress);
            WriteOrNull(json, Detail);
            WriteOrNull(json, RequestId?.ToString("D"));
            WriteOrNull(json, SerialNumber);
            json.WriteStringValue(PreviousHash);
            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>SHA-256 over <see cref="CanonicalText"/>, lower-case hex.</summary>
    public string ComputeHash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText())));

    private static void WriteOrNull(Utf8JsonWriter json, string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(value);
        }
    }

    private static string? Truncate(string? value, int length) => value is { Length: var n } && n > length ? value[..length] : value;
}
