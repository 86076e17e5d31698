using System.Security.Cryptography;
using Org.BouncyCastle.X509;

namespace Ams.Pki.Authority;

/// <summary>The loaded hierarchy: root, issuing CA and delegated OCSP signer, with their keys.</summary>
internal sealed class CaCredentials : IDisposable
{
    private readonly Dictionary<HashAlgorithmName, (byte[], byte[])> _issuerHashes = [];

    public CaCredentials(X509Certificate root, X509Certificate issuingCa, PlatformSigner issuingKey, X509Certificate ocspSigner, PlatformSigner ocspKey)
    {
        Root = root;
        IssuingCa = issuingCa;
        IssuingKey = issuingKey;
        OcspSigner = ocspSigner;
        OcspKey = ocspKey;
        IssuingCaNameDer = issuingCa.SubjectDN.GetDerEncoded();
        IssuingCaKeyBits = issuingCa.CertificateStructure.SubjectPublicKeyInfo.PublicKey.GetBytes();
        IssuingCaKeyId = SHA1.HashData(IssuingCaKeyBits);
        OcspSignerKeyHash = SHA1.HashData(ocspSigner.CertificateStructure.SubjectPublicKeyInfo.PublicKey.GetBytes());
        OcspSignerDer = ocspSigner.GetEncoded();
        foreach (var algorithm in new[] { HashAlgorithmName.SHA1, HashAlgorithmName.SHA256, HashAlgorithmName.SHA384, HashAlgorithmName.SHA512 })
        {
            _issuerHashes[algorithm] = (Hash(algorithm, IssuingCaNameDer), Hash(algorithm, IssuingCaKeyBits));
        }

        ChainPem = PemEncoding.WriteString("CERTIFICATE", issuingCa.GetEncoded()) + "\n" + PemEncoding.WriteString("CERTIFICATE", root.GetEncoded()) + "\n";
    }

    public X509Certificate Root { get; }

    public X509Certificate IssuingCa { get; }

    public PlatformSigner IssuingKey { get; }

    public X509Certificate OcspSigner { get; }

    public PlatformSigner OcspKey { get; }

    /// <summary>DER of the issuing CA's subject name (hashed in OCSP CertIDs, issuer of the CRL).</summary>
    public byte[] IssuingCaNameDer { get; }

    /// <summary>The issuing CA's subjectPublicKey bits (hashed in OCSP CertIDs).</summary>
    public byte[] IssuingCaKeyBits { get; }

    /// <summary>SHA-1 key identifier of the issuing CA (authority key identifier of the CRL).</summary>
    public byte[] IssuingCaKeyId { get; }

    /// <summary>SHA-1 of the OCSP signer's public key bits (ResponderID byKey).</summary>
    public byte[] OcspSignerKeyHash { get; }

    public byte[] OcspSignerDer { get; }

    /// <summary>Issuing CA then root, PEM.</summary>
    public string ChainPem { get; }

    /// <summary>issuerNameHash and issuerKeyHash of the issuing CA under <paramref name="algorithm"/> (OCSP CertID).</summary>
    public (byte[] NameHash, byte[] KeyHash) IssuerHashes(HashAlgorithmName algorithm) => _issuerHashes[algorithm];

    public void Dispose()
    {
        IssuingKey.Dispose();
        OcspKey.Dispose();
    }

    private static byte[] Hash(HashAlgorithmName algorithm, byte[] data) => algorithm.Name switch
    {
        "SHA1" => SHA1.HashData(data),
        "SHA256" => SHA256.HashData(data),
        "SHA384" => SHA384.HashData(data),
        _ => SHA512.HashData(data),
    };
}
