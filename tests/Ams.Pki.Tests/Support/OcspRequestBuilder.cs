using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Ams.Pki.Tests.Support;

/// <summary>Builds DER OCSP requests (RFC 6960 §4.1.1) for tests and benchmarks.</summary>
internal static class OcspRequestBuilder
{
    public static byte[] Build(byte[] issuerDer, IEnumerable<string> serialsHex, byte[]? nonce = null, bool sha256 = false)
    {
        using var issuer = X509CertificateLoader.LoadCertificate(issuerDer);
        var nameHash = Hash(issuer.SubjectName.RawData, sha256);
        var keyHash = Hash(KeyBits(issuer), sha256);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                foreach (var serial in serialsHex)
                {
                    using (writer.PushSequence())
                    using (writer.PushSequence())
                    {
                        using (writer.PushSequence())
                        {
                            writer.WriteObjectIdentifier(sha256 ? "2.16.840.1.101.3.4.2.1" : "1.3.14.3.2.26");
                            writer.WriteNull();
                        }

                        writer.WriteOctetString(nameHash);
                        writer.WriteOctetString(keyHash);
                        writer.WriteIntegerUnsigned(Magnitude(serial));
                    }
                }
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

    /// <summary>Big-endian bytes of a hex serial without redundant leading zeros (DER INTEGER).</summary>
    private static byte[] Magnitude(string serialHex)
    {
        var trimmed = serialHex.TrimStart('0');
        if (trimmed.Length == 0)
        {
            return [0];
        }

        return Convert.FromHexString(trimmed.Length % 2 == 1 ? "0" + trimmed : trimmed);
    }

    private static byte[] KeyBits(X509Certificate2 certificate)
    {
        var reader = new AsnReader(certificate.PublicKey.ExportSubjectPublicKeyInfo(), AsnEncodingRules.DER).ReadSequence();
        reader.ReadSequence();
        return reader.ReadBitString(out _);
    }

    private static byte[] Hash(byte[] data, bool sha256) => sha256 ? SHA256.HashData(data) : SHA1.HashData(data);
}
