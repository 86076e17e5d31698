using System.Formats.Asn1;
using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Security;

namespace Ams.Pki.Authority;

/// <summary>
/// A CA private key held by the platform's cryptography (OpenSSL on Linux): fast signatures for OCSP
/// and CRLs, and a BouncyCastle signature factory for the (rare) certificate signatures.
/// </summary>
internal sealed class PlatformSigner : IDisposable
{
    private const string EcdsaWithSha256 = "1.2.840.10045.4.3.2";
    private const string Sha256WithRsa = "1.2.840.113549.1.1.11";

    private readonly ECDsa? _ecdsa;
    private readonly RSA? _rsa;

    private PlatformSigner(ECDsa? ecdsa, RSA? rsa)
    {
        _ecdsa = ecdsa;
        _rsa = rsa;
        AlgorithmIdentifier = EncodeAlgorithmIdentifier(ecdsa is not null);
        var pkcs8 = ecdsa?.ExportPkcs8PrivateKey() ?? rsa!.ExportPkcs8PrivateKey();
        try
        {
            BouncyCastleKey = PrivateKeyFactory.CreateKey(pkcs8);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(pkcs8);
        }
    }

    /// <summary>DER of the signature AlgorithmIdentifier (ecdsa-with-SHA256 or sha256WithRSAEncryption).</summary>
    public byte[] AlgorithmIdentifier { get; }

    /// <summary>Name of the algorithm for BouncyCastle.</summary>
    public string BouncyCastleAlgorithm => _ecdsa is not null ? "SHA256withECDSA" : "SHA256withRSA";

    /// <summary>The key as a BouncyCastle parameter, for certificate signatures.</summary>
    public AsymmetricKeyParameter BouncyCastleKey { get; }

    public bool IsEc => _ecdsa is not null;

    /// <summary>DER SubjectPublicKeyInfo of the key.</summary>
    public byte[] SubjectPublicKeyInfoDer => _ecdsa?.ExportSubjectPublicKeyInfo() ?? _rsa!.ExportSubjectPublicKeyInfo();

    public ISignatureFactory CreateSignatureFactory() => new Asn1SignatureFactory(BouncyCastleAlgorithm, BouncyCastleKey);

    public static PlatformSigner Generate(CaKeyType keyType, int rsaKeySize) => keyType switch
    {
        CaKeyType.Rsa => new PlatformSigner(null, RSA.Create(rsaKeySize)),
        _ => new PlatformSigner(ECDsa.Create(ECCurve.NamedCurves.nistP256), null),
    };

    public static PlatformSigner ImportEncryptedPem(string pem, string passphrase)
    {
        // The encrypted PKCS#8 does not say the algorithm before decryption; try EC first (the default).
        var ecdsa = ECDsa.Create();
        try
        {
            ecdsa.ImportFromEncryptedPem(pem, passphrase);
            return new PlatformSigner(ecdsa, null);
        }
        catch (CryptographicException)
        {
            ecdsa.Dispose();
        }

        var rsa = RSA.Create();
        rsa.ImportFromEncryptedPem(pem, passphrase);
        return new PlatformSigner(null, rsa);
    }

    public string ExportEncryptedPem(string passphrase)
    {
        var pbe = new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 210_000);
        return _ecdsa?.ExportEncryptedPkcs8PrivateKeyPem(passphrase, pbe) ?? _rsa!.ExportEncryptedPkcs8PrivateKeyPem(passphrase, pbe);
    }

    /// <summary>Unencrypted PKCS#8 PEM, for handing the key to <c>openssl</c> in benchmarks only.</summary>
    public string ExportPkcs8PemForTools() => _ecdsa?.ExportPkcs8PrivateKeyPem() ?? _rsa!.ExportPkcs8PrivateKeyPem();

    /// <summary>Signs <paramref name="data"/> (SHA-256), returning the signature in X.509 form (DER ECDSA-Sig-Value or PKCS#1).</summary>
    public byte[] Sign(ReadOnlySpan<byte> data) => _ecdsa is not null
        ? _ecdsa.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence)
        : _rsa!.SignData(data.ToArray(), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    /// <summary>Signs a SHA-256 hash computed by the caller (streamed data).</summary>
    public byte[] SignHash(ReadOnlySpan<byte> sha256) => _ecdsa is not null
        ? _ecdsa.SignHash(sha256.ToArray(), DSASignatureFormat.Rfc3279DerSequence)
        : _rsa!.SignHash(sha256.ToArray(), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    /// <summary>Maximum length of a signature.</summary>
    public int MaxSignatureLength => _ecdsa is not null ? _ecdsa.GetMaxSignatureSize(DSASignatureFormat.Rfc3279DerSequence) : _rsa!.KeySize / 8;

    public void Dispose()
    {
        _ecdsa?.Dispose();
        _rsa?.Dispose();
    }

    private static byte[] EncodeAlgorithmIdentifier(bool ec)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            writer.WriteObjectIdentifier(ec ? EcdsaWithSha256 : Sha256WithRsa);
            if (!ec)
            {
                writer.WriteNull();
            }
        }

        return writer.Encode();
    }
}
