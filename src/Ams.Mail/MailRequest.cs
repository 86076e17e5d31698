using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MimeKit;

namespace Ams.Mail;

/// <summary>
/// One mail to send: what an outbox row of topic <see cref="OutboxTopic"/> holds as its JSON payload,
/// e.g. <c>{"template":"request-received","language":"id","to":["holder@example.id"],"model":{"requestId":"…"}}</c>.
/// </summary>
/// <param name="Template">Template id, the file name before the language, e.g. <c>request-received</c>.</param>
/// <param name="Language">Language of the template variant, e.g. <c>id</c> or <c>en</c>.</param>
/// <param name="To">Recipient addresses, at least one.</param>
/// <param name="Model">The variables the template sees.</param>
public sealed record MailRequest(
    [property: JsonPropertyName("template")] string Template,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("to")] IReadOnlyList<string> To,
    [property: JsonPropertyName("model")] JsonObject? Model)
{
    /// <summary>The topic of the engine's outbox rows that carry a mail.</summary>
    public const string OutboxTopic = "mail";

    private static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The payload to store in an outbox row.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, SerializerOptions);

    /// <summary>
    /// Reads a payload written by <see cref="ToJson"/>. A payload that is not JSON, lacks the
    /// template or a recipient, or names an invalid address gives <paramref name="error"/>.
    /// </summary>
    public static bool TryParse(
        string json,
        [NotNullWhen(true)] out MailRequest? request,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(json);
        request = null;
        MailRequest? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize<MailRequest>(json, SerializerOptions);
        }
        catch (JsonException e)
        {
            error = $"The mail payload is not valid JSON: {e.Message}";
            return false;
        }

        error = parsed switch
        {
            null => "The mail payload is empty.",
            { Template: null or "" } => "The mail payload has no template.",
            { To: null or [] } => "The mail payload has no recipient.",
            _ => parsed.To.FirstOrDefault(a => !IsAddress(a)) is { } bad
                ? $"The mail payload has an invalid recipient address '{bad}'."
                : null,
        };
        if (error is not null)
        {
            return false;
        }

        request = parsed! with { Language = string.IsNullOrWhiteSpace(parsed.Language) ? "" : parsed.Language };
        return true;
    }

    private static bool IsAddress(string? text) =>
        text is not null && MailboxAddress.TryParse(text, out var address) && address.Domain.Length > 0 && address.LocalPart.Length > 0;
}
