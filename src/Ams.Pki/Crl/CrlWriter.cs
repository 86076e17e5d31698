using System.Formats.Asn1;
using System.Security.Cryptography;
using Ams.Pki.Authority;

namespace Ams.Pki.Crl;

/// <summary>
/// Writes a full X.509 v2 CRL (RFC 5280 §5) streaming: entries are encoded one by one into a chunked
/// buffer and hashed incrementally, so memory stays near the size of the CRL itself (about 40 bytes per
/// entry) whatever the number of entries. Extensions: authority key identifier and CRL number; entry
/// extensions: reason code (omitted for unspecified) and invalidity date.
/// </summary>
internal static class CrlWriter
{
    private const string ReasonCodeOid = "2.5.29.21";
    private const string InvalidityDateOid = "2.5.29.24";
    private const string CrlNumberOid = "2.5.29.20";
    private const string AuthorityKeyIdentifierOid = "2.5.29.35";

    public static byte[] Write(CaCredentials ca, long crlNumber, DateTimeOffset thisUpdate, DateTimeOffset nextUpdate, IEnumerable<CrlEntry> entries)
    {
        var entryBuffer = new ChunkedBuffer();
        var entryWriter = new AsnWriter(AsnEncodingRules.DER, 128);
        Span<byte> scratch = stackalloc byte[256];
        Span<byte> serialBytes = stackalloc byte[32];
        foreach (var entry in entries)
        {
            entryWriter.Reset();
            WriteEntry(entryWriter, entry, serialBytes);
            entryBuffer.Write(scratch[..entryWriter.Encode(scratch)]);
        }

        var head = new AsnWriter(AsnEncodingRules.DER);
        head.WriteInteger(1); // v2
        head.WriteEncodedValue(ca.IssuingKey.AlgorithmIdentifier);
        head.WriteEncodedValue(ca.IssuingCaNameDer);
        WriteTime(head, thisUpdate);
        WriteTime(head, nextUpdate);
        var headDer = head.Encode();

        var extensions = new AsnWriter(AsnEncodingRules.DER);
        using (extensions.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)))
        using (extensions.PushSequence())
        {
            using (extensions.PushSequence())
            {
                extensions.WriteObjectIdentifier(AuthorityKeyIdentifierOid);
                var aki = new AsnWriter(AsnEncodingRules.DER);
                using (aki.PushSequence())
                {
                    aki.WriteOctetString(ca.IssuingCaKeyId, new Asn1Tag(TagClass.ContextSpecific, 0));
                }

                extensions.WriteOctetString(aki.Encode());
            }

            using (extensions.PushSequence())
            {
                extensions.WriteObjectIdentifier(CrlNumberOid);
                var number = new AsnWriter(AsnEncodingRules.DER);
                number.WriteInteger(crlNumber);
                extensions.WriteOctetString(number.Encode());
            }
        }

        var extensionsDer = extensions.Encode();

        // RFC 5280: revokedCertificates is absent, not empty, when nothing is revoked.
        var entriesHeader = entryBuffer.Length == 0 ? [] : Header(0x30, entryBuffer.Length);
        var tbsContentLength = headDer.Length + entriesHeader.Length + entryBuffer.Length + extensionsDer.Length;
        var tbsHeader = Header(0x30, tbsContentLength);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(tbsHeader);
        hash.AppendData(headDer);
        hash.AppendData(entriesHeader);
        entryBuffer.AppendTo(hash);
        hash.AppendData(extensionsDer);
        var signature = ca.IssuingKey.SignHash(hash.GetHashAndReset());

        var signatureHeader = Header(0x03, signature.Length + 1);
        var algorithm = ca.IssuingKey.AlgorithmIdentifier;
        var outerContentLength = tbsHeader.Length + tbsContentLength + algorithm.Length + signatureHeader.Length + 1 + signature.Length;
        var outerHeader = Header(0x30, outerContentLength);

        var crl = new byte[checked(outerHeader.Length + outerContentLength)];
        var span = crl.AsSpan();
        var offset = 0;
        Put(span, ref offset, outerHeader);
        Put(span, ref offset, tbsHeader);
        Put(span, ref offset, headDer);
        Put(span, ref offset, entriesHeader);
        offset += entryBuffer.CopyTo(span[offset..]);
        Put(span, ref offset, extensionsDer);
        Put(span, ref offset, algorithm);
        Put(span, ref offset, signatureHeader);
        Put(span, ref offset, [0]); // unused bits
        Put(span, ref offset, signature);
        return offset == crl.Length ? crl : throw new InvalidOperationException("CRL length mismatch.");
    }

    private static void Put(Span<byte> destination, ref int offset, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(destination[offset..]);
        offset += bytes.Length;
    }

    private static void WriteEntry(AsnWriter writer, CrlEntry entry, Span<byte> serialBytes)
    {
        using (writer.PushSequence())
        {
            var hex = entry.Serial;
            var length = (hex.Length + 1) / 2;
            if ((hex.Length & 1) == 1)
            {
                Convert.FromHexString("0" + hex, serialBytes, out _, out _);
            }
            else
            {
                Convert.FromHexString(hex, serialBytes, out _, out _);
            }

            writer.WriteIntegerUnsigned(serialBytes[..length]);
            WriteTime(writer, entry.RevokedAt);
            if (entry.ReasonCode != 0 || entry.InvalidityDate is not null)
            {
                using (writer.PushSequence())
                {
                    if (entry.ReasonCode != 0)
                    {
                        using (writer.PushSequence())
                        {
                            writer.WriteObjectIdentifier(ReasonCodeOid);
                            Span<byte> reason = [0x0A, 0x01, (byte)entry.ReasonCode];
                            writer.WriteOctetString(reason);
                        }
                    }

                    if (entry.InvalidityDate is { } invalidity)
                    {
                        using (writer.PushSequence())
                        {
                            writer.WriteObjectIdentifier(InvalidityDateOid);
                            var time = new AsnWriter(AsnEncodingRules.DER);
                            time.WriteGeneralizedTime(invalidity, omitFractionalSeconds: true);
                            writer.WriteOctetString(time.Encode());
                        }
                    }
                }
            }
        }
    }

    /// <summary>RFC 5280 §5.1.2.4: UTCTime through 2049, GeneralizedTime from 2050.</summary>
    private static void WriteTime(AsnWriter writer, DateTimeOffset time)
    {
        time = DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds());
        if (time.UtcDateTime.Year < 2050)
        {
            writer.WriteUtcTime(time);
        }
        else
        {
            writer.WriteGeneralizedTime(time, omitFractionalSeconds: true);
        }
    }

    private static byte[] Header(byte tag, long length)
    {
        if (length < 0x80)
        {
            return [tag, (byte)length];
        }

        Span<byte> bytes = stackalloc byte[8];
        var count = 0;
        for (var value = length; value > 0; value >>= 8)
        {
            bytes[7 - count++] = (byte)value;
        }

        var header = new byte[2 + count];
        header[0] = tag;
        header[1] = (byte)(0x80 | count);
        bytes[(8 - count)..].CopyTo(header.AsSpan(2));
        return header;
    }
}
