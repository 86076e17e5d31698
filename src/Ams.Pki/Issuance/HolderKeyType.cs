namespace Ams.Pki.Issuance;

/// <summary>Key generated for a holder who has no key pair of their own.</summary>
public enum HolderKeyType
{
    /// <summary>RSA 2048.</summary>
    Rsa2048,

    /// <summary>ECDSA P-256.</summary>
    EcP256,
}
