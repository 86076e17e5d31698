using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.Security;

namespace Ams.Pki.Issuance;

/// <summary>Checks a PKCS#10 request: well-formed, an accepted key, a signature that verifies.</summary>
internal static class CsrValidator
{
    private const string RsaEncryption = "1.2.840.113549.1.1.1";
    private const string EcPublicKey = "1.2.840.10045.2.1";
    private const string P256 = "1.2.840.10045.3.1.7";
    private const string P384 = "1.3.132.0.34";
    private const int MaxCsrBytes = 64 * 1024;

    /// <summary>The request's public key when acceptable, else why not.</summary>
    public static PkiResult<SubjectPublicKeyInfo> Validate(ReadOnlySpan<byte> csr)
    {
        if (csr.Length is 0 or > MaxCsrBytes)
        {
            return Fail(PkiErrorCode.InvalidRequest, "The certificate request is empty or larger than 64 KiB.");
        }

        Pkcs10CertificationRequest request;
        try
        {
            request = new Pkcs10CertificationRequest(ToDer(csr));
        }
        catch (Exception e) when (e is ArgumentException or IOException or FormatException or InvalidCastException or Asn1Exception or InvalidOperationException)
        {
            return Fail(PkiErrorCode.InvalidRequest, "The certificate request is not a valid PKCS#10 (DER or PEM) structure.");
        }

        var spki = request.GetCertificationRequestInfo().SubjectPublicKeyInfo;
        var keyProblem = CheckKey(spki);
        if (keyProblem is not null)
        {
            return PkiResult<SubjectPublicKeyInfo>.Failure(keyProblem);
        }

        bool verified;
        try
        {
            verified = request.Verify();
        }
        catch (Exception e) when (e is SecurityUtilityException or InvalidKeyException or ArgumentException or InvalidOperationException or Org.BouncyCastle.Crypto.CryptoException or Asn1Exception)
        {
            return Fail(PkiErrorCode.BadSignature, "The signature algorithm of the certificate request is not supported.");
        }

        return verified
            ? PkiResult<SubjectPublicKeyInfo>.Success(spki)
            : Fail(PkiErrorCode.BadSignature, "The signature of the certificate request does not verify: it was not signed with the key it contains, or it was altered.");
    }

    private static PkiError? CheckKey(SubjectPublicKeyInfo spki)
    {
        var algorithm = spki.Algorithm.Algorithm.Id;
        try
        {
            if (algorithm == RsaEncryption)
            {
                var rsa = (RsaKeyParameters)PublicKeyFactory.CreateKey(spki);
                var bits = rsa.Modulus.BitLength;
                if (bits < 2048)
                {
                    return new PkiError(PkiErrorCode.WeakOrUnsupportedKey, $"RSA keys must have at least 2048 bits; this request's key has {bits}.");
                }

                if (bits > 8192)
                {
                    return new PkiError(PkiErrorCode.WeakOrUnsupportedKey, $"RSA keys may have at most 8192 bits; this request's key has {bits}.");
                }

                return rsa.Exponent.TestBit(0) && rsa.Exponent.BitLength > 1
                    ? null
                    : new PkiError(PkiErrorCode.WeakOrUnsupportedKey, "The RSA public exponent is invalid.");
            }

            if (algorithm == EcPublicKey)
            {
                var curve = spki.Algorithm.Parameters is DerObjectIdentifier oid ? oid.Id : null;
                if (curve is not (P256 or P384))
                {
                    return new PkiError(PkiErrorCode.WeakOrUnsupportedKey, "Only the named curves P-256 and P-384 are accepted for EC keys.");
                }

                // Decoding checks that the point lies on the curve.
                _ = PublicKeyFactory.CreateKey(spki);
                return null;
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or IOException or Asn1Exception or InvalidOperationException or FormatException)
        {
            return new PkiError(PkiErrorCode.InvalidRequest, "The public key of the certificate request is malformed.");
        }

        return new PkiError(PkiErrorCode.WeakOrUnsupportedKey, $"Key algorithm {algorithm} is not accepted: use RSA (2048 bits or more) or EC P-256/P-384.");
    }

    private static byte[] ToDer(ReadOnlySpan<byte> csr)
    {
        if (csr[0] == 0x30)
        {
            return csr.ToArray();
        }

        var text = Encoding.ASCII.GetString(csr);
        return PemEncoding.TryFind(text, out var fields)
            ? Convert.FromBase64String(text[fields.Base64Data])
            : throw new FormatException("Neither DER nor PEM.");
    }

    private static PkiResult<SubjectPublicKeyInfo> Fail(PkiErrorCode code, string message) => PkiResult<SubjectPublicKeyInfo>.Failure(code, message);
}
