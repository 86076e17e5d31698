namespace Ams.Web.Features.Issuance;

/// <summary>Recognises a supporting document by its first bytes, never by its name: PDF, JPEG or PNG.</summary>
public static class DocumentContentType
{
    /// <summary>The largest document accepted: 5 MB.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>The types accepted.</summary>
    public static IReadOnlyList<string> Accepted { get; } = ["application/pdf", "image/jpeg", "image/png"];

    /// <summary>The content type the bytes are, or null when they are none of the accepted ones.</summary>
    public static string? Recognise(ReadOnlySpan<byte> content) =>
        content.StartsWith("%PDF-"u8) ? "application/pdf"
        : content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : null;
}
