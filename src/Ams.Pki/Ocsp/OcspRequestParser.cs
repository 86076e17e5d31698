using System.Formats.Asn1;
using System.Security.Cryptography;

namespace Ams.Pki.Ocsp;

/// <summary>
/// Strict DER parser of OCSP requests with limits: at most <see cref="MaxRequestBytes"/> bytes and
/// <see cref="MaxSingleRequests"/> single requests; unknown critical extensions, duplicate extensions,
/// trailing data and nonces of 0 or more than 32 octets (RFC 8954) are malformed.
/// A request signature (optionalSignature) is accepted and ignored: requests need not be signed.
/// </summary>
internal static class OcspRequestParser
{
    /// <summary>Largest request accepted (a request with 32 SHA-256 CertIDs and a nonce is about 3 KiB).</summary>
    public const int MaxRequestBytes = 8 * 1024;

    /// <summary>Most single requests in one OCSP request.</summary>
    public const int MaxSingleRequests = 32;

    /// <summary>Longest nonce accepted, RFC 8954 §2.1.</summary>
    public const int MaxNonceBytes = 32;

    internal const string NonceOid = "1.3.6.1.5.5.7.48.1.2";

    private static readonly Asn1Tag Explicit0 = new(TagClass.ContextSpecific, 0, isConstructed: true);
    private static readonly Asn1Tag Explicit1 = new(TagClass.ContextSpecific, 1, isConstructed: true);
    private static readonly Asn1Tag Explicit2 = new(TagClass.ContextSpecific, 2, isConstructed: true);

    /// <summary>The parsed request, or null when malformed. Never throws.</summary>
    public static OcspRequest? TryParse(ReadOnlyMemory<byte> der)
    {
        if (der.Length is 0 or > MaxRequestBytes)
        {
            return null;
        }

        try
        {
            return Parse(der);
        }
        catch (Exception e) when (e is AsnContentException or CryptographicException or ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
    }

    private static OcspRequest? Parse(ReadOnlyMemory<byte> der)
    {
        var outer = new AsnReader(der, AsnEncodingRules.DER);
        var ocspRequest = outer.ReadSequence();
        outer.ThrowIfNotEmpty();

        var tbs = ocspRequest.ReadSequence();
        if (ocspRequest.HasData)
        {
            // optionalSignature [0] EXPLICIT Signature: structurally checked, not required nor verified.
            var signature = ocspRequest.ReadSequence(Explicit0);
            _ = signature.ReadSequence();
            signature.ThrowIfNotEmpty();
        }

        ocspRequest.ThrowIfNotEmpty();

        if (tbs.PeekTag().HasSameClassAndValue(Explicit0))
        {
            var version = tbs.ReadSequence(Explicit0);
            if (!version.ReadInteger().IsZero)
            {
                return null;
            }

            version.ThrowIfNotEmpty();
        }

        if (tbs.HasData && tbs.PeekTag().HasSameClassAndValue(Explicit1))
        {
            _ = tbs.ReadEncodedValue(); // requestorName, informational only
        }

        var requestList = tbs.ReadSequence();
        var requests = new List<OcspCertId>(1);
        while (requestList.HasData)
        {
            if (requests.Count == MaxSingleRequests)
            {
                return null;
            }

            var request = requestList.ReadSequence();
            var certId = ParseCertId(request.ReadEncodedValue());
            if (request.HasData)
            {
                var singleExtensions = request.ReadSequence(Explicit0);
                if (!ParseExtensions(singleExtensions.ReadSequence(), out _))
                {
                    return null;
                }

                singleExtensions.ThrowIfNotEmpty();
            }

            request.ThrowIfNotEmpty();
            requests.Add(certId);
        }

        if (requests.Count == 0)
        {
            return null;
        }

        byte[]? nonce = null;
        if (tbs.HasData)
        {
            var extensions = tbs.ReadSequence(Explicit2);
            if (!ParseExtensions(extensions.ReadSequence(), out nonce))
            {
                return null;
            }

            extensions.ThrowIfNotEmpty();
        }

        tbs.ThrowIfNotEmpty();
        return new OcspRequest(requests, nonce);
    }

    private static OcspCertId ParseCertId(ReadOnlyMemory<byte> der)
    {
        var outer = new AsnReader(der, AsnEncodingRules.DER);
        var certId = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        var algorithm = certId.ReadSequence();
        var oid = algorithm.ReadObjectIdentifier();
        if (algorithm.HasData)
        {
            algorithm.ReadNull();
        }

        algorithm.ThrowIfNotEmpty();
        var nameHash = certId.ReadOctetString();
        var keyHash = certId.ReadOctetString();
        var serial = certId.ReadIntegerBytes().Span;
        certId.ThrowIfNotEmpty();
        return new OcspCertId(der.ToArray(), oid, nameHash, keyHash, SerialHex(serial));
    }

    private static string? SerialHex(ReadOnlySpan<byte> integer)
    {
        if ((integer[0] & 0x80) != 0)
        {
            return null; // negative: never issued here
        }

        var magnitude = integer[0] == 0 && integer.Length > 1 ? integer[1..] : integer;
        if (magnitude.Length > 20)
        {
            return null;
        }

        var hex = Convert.ToHexStringLower(magnitude).TrimStart('0');
        return hex.Length == 0 ? "0" : hex;
    }

    /// <summary>Reads Extensions; false when malformed (duplicate, unknown critical, bad nonce).</summary>
    private static bool ParseExtensions(AsnReader extensions, out byte[]? nonce)
    {
        nonce = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!extensions.HasData)
        {
            return false; // SIZE (1..MAX)
        }

        while (extensions.HasData)
        {
            var extension = extensions.ReadSequence();
            var oid = extension.ReadObjectIdentifier();
            var critical = extension.PeekTag().HasSameClassAndValue(Asn1Tag.Boolean) && extension.ReadBoolean();
            var value = extension.ReadOctetString();
            extension.ThrowIfNotEmpty();
            if (!seen.Add(oid))
            {
                return false;
            }

            if (oid == NonceOid)
            {
                if (!NonceLengthAcceptable(value))
                {
                    return false;
                }

                nonce = value;
            }
            else if (critical)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// RFC 8954: the nonce is an OCTET STRING of 1 to 32 octets. Clients predating it put the raw bytes in
    /// extnValue; those are measured as they are.
    /// </summary>
    private static bool NonceLengthAcceptable(byte[] extnValue)
    {
        var length = extnValue.Length;
        try
        {
            var reader = new AsnReader(extnValue, AsnEncodingRules.DER);
            var inner = reader.ReadOctetString();
            if (!reader.HasData)
            {
                length = inner.Length;
            }
        }
        catch (AsnContentException)
        {
            // raw nonce
        }

        return length is >= 1 and <= MaxNonceBytes;
    }
}
