using System.Security.Cryptography;
using Org.BouncyCastle.Math;

namespace Ams.Pki.Authority;

/// <summary>Random certificate serial numbers: 127 bits, positive, never zero.</summary>
internal static class SerialNumbers
{
    public static BigInteger NewSerial()
    {
        Span<byte> bytes = stackalloc byte[16];
        BigInteger serial;
        do
        {
            RandomNumberGenerator.Fill(bytes);
            bytes[0] &= 0x7F;
            serial = new BigInteger(1, bytes.ToArray());
        }
        while (serial.BitLength < 64);

        return serial;
    }

    /// <summary>Lower-case hex without leading zeros, as stored and shown.</summary>
    public static string ToHex(BigInteger serial) => serial.ToString(16);

    /// <summary>Normalizes user input ("14A6 E6:B5...", "0x..") to the stored form, or null when not hex.</summary>
    public static string? Normalize(string? serial)
    {
        if (string.IsNullOrWhiteSpace(serial))
        {
            return null;
        }

        var cleaned = new string([.. serial.Where(c => c is not (' ' or ':' or '-'))]);
        if (cleaned.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            cleaned = cleaned[2..];
        }

        if (cleaned.Length is 0 or > 64 || !cleaned.All(Uri.IsHexDigit))
        {
            return null;
        }

        cleaned = cleaned.TrimStart('0').ToLowerInvariant();
        return cleaned.Length == 0 ? "0" : cleaned;
    }
}
