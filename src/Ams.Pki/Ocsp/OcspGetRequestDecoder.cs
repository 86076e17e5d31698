namespace Ams.Pki.Ocsp;

/// <summary>
/// Decodes the path segment of an OCSP GET (RFC 6960 appendix A.1: <c>{url}/{url-encoding of base-64 encoding of the DER}</c>).
/// Accepts percent-encoded standard base64, raw standard base64 (whose '+' may have turned into ' '),
/// and URL-safe base64, with or without padding.
/// </summary>
public static class OcspGetRequestDecoder
{
    private const int MaxEncodedLength = 3 * 4 * ((Ocsp.OcspRequestParser.MaxRequestBytes + 2) / 3);

    /// <summary>Decodes <paramref name="pathSegment"/> into the DER request; false when it is not base64.</summary>
    /// <param name="pathSegment">The part of the path after <c>/pki/ocsp/</c>, as received (still percent-encoded or not).</param>
    /// <param name="derRequest">The DER bytes to give to <see cref="OcspResponder.RespondAsync"/>.</param>
    public static bool TryDecode(string? pathSegment, out byte[] derRequest)
    {
        derRequest = [];
        if (string.IsNullOrEmpty(pathSegment) || pathSegment.Length > MaxEncodedLength)
        {
            return false;
        }

        string text;
        try
        {
            text = pathSegment.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(pathSegment) : pathSegment;
        }
        catch (UriFormatException)
        {
            return false;
        }

        var chars = new char[text.Length + 3];
        var length = 0;
        foreach (var c in text)
        {
            chars[length++] = c switch
            {
                '-' => '+',
                '_' => '/',
                ' ' => '+',
                _ => c,
            };
        }

        while (length % 4 != 0)
        {
            chars[length++] = '=';
        }

        var buffer = new byte[length / 4 * 3];
        if (!Convert.TryFromBase64Chars(chars.AsSpan(0, length), buffer, out var written) || written == 0)
        {
            return false;
        }

        derRequest = buffer[..written];
        return true;
    }
}
