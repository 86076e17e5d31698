using QRCoder;

namespace Ams.Web.Features.Accounts;

/// <summary>
/// The <c>otpauth://totp/…</c> address an authenticator app reads (Google's Key Uri Format, which every app follows),
/// and its QR code as a PNG data URI drawn on the server: no script and no outside service sees the key.
/// </summary>
public static class AuthenticatorUri
{
    /// <summary>The name apps show beside the account.</summary>
    public const string Issuer = "AMS";

    /// <summary>The address for <paramref name="email"/> with the Base32 <paramref name="key"/>.</summary>
    public static string For(string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30";

    /// <summary>The QR code of <paramref name="uri"/> as <c>data:image/png;base64,…</c>.</summary>
    public static string QrCodeDataUri(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    /// <summary>The key in groups of four, easier to type than one run of 32 letters.</summary>
    public static string Readable(string key) =>
        string.Join(' ', key.Chunk(4).Select(group => new string(group))).ToLowerInvariant();
}
