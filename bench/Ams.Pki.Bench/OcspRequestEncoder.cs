using System.Formats.Asn1;
using System.Security.Cryptography;
using Ams.Pki.Authority;

namespace Ams.Pki.Bench;

/// <summary>Encodes single-certificate OCSP requests (SHA-1 CertID, as openssl sends by default), with or without a nonce.</summary>
internal static class OcspRequestEncoder
{
    public static byte[] Encode(CaCredentials ca, string serialHex, byte[]? nonce)
    {
        var (nameHash, keyHash) = ca.IssuerHashes(HashAlgorithmName.SHA1);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            using (writer.PushSequence())
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier("1.3.14.3.2.26");
                    writer.WriteNull();
                }

                writer.WriteOctetString(nameHash);
                writer.WriteOctetString(keyHash);
                var trimmed = serialHex.TrimStart('0');
                writer.WriteIntegerUnsigned(Convert.FromHexString(trimmed.Length % 2 == 1 ? "0" + trimmed : trimmed));
            }

            if (nonce is not null)
            {
                using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 2, isConstructed: true)))
                using (writer.PushSequence())
                using (writer.PushSequence())
                {
                    writer.WriteObjectIdentifier("1.3.6.1.5.5.7.48.1.2");
                    var inner = new AsnWriter(AsnEncodingRules.DER);
                    inner.WriteOctetString(nonce);
                    writer.WriteOctetString(inner.Encode());
                }
            }
        }

        return writer.Encode();
    }
}
