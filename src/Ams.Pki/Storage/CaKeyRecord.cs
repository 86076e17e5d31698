namespace Ams.Pki.Storage;

/// <summary>
/// One PEM of the CA hierarchy (a certificate, or a private key encrypted under the CA passphrase), kept in the
/// database so that every node reads the same keys without a shared disk.
/// </summary>
public sealed class CaKeyRecord
{
    /// <summary>What it is: <c>root-ca.key.pem</c>, <c>issuing-ca.crt.pem</c>, <c>ocsp-signer.key.pem</c>, ….</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The PEM text; private keys are encrypted PKCS#8.</summary>
    public string Pem { get; set; } = string.Empty;

    /// <summary>When it was written.</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
