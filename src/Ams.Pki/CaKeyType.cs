namespace Ams.Pki;

/// <summary>Key type of the CA hierarchy and the OCSP signer.</summary>
public enum CaKeyType
{
    /// <summary>ECDSA on NIST P-256 with SHA-256 (default).</summary>
    EcP256,

    /// <summary>RSA (size from <see cref="PkiOptions.RsaKeySize"/>) with SHA-256, PKCS#1 v1.5.</summary>
    Rsa,
}
