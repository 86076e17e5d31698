using Org.BouncyCastle.Asn1.X509;

namespace Ams.Pki.Issuance;

/// <summary>The key usages a profile may name (RFC 5280 §4.2.1.3), and their bits.</summary>
public static class ProfileKeyUsage
{
    /// <summary>digitalSignature.</summary>
    public const string DigitalSignature = "digitalSignature";

    /// <summary>nonRepudiation (contentCommitment).</summary>
    public const string NonRepudiation = "nonRepudiation";

    /// <summary>keyEncipherment.</summary>
    public const string KeyEncipherment = "keyEncipherment";

    /// <summary>The KeyUsage bits of the names; an unknown name is a programming error in a profile.</summary>
    internal static int Bits(IEnumerable<string> names) => names.Aggregate(0, (bits, name) => bits | name switch
    {
        DigitalSignature => KeyUsage.DigitalSignature,
        NonRepudiation => KeyUsage.NonRepudiation,
        KeyEncipherment => KeyUsage.KeyEncipherment,
        _ => throw new InvalidOperationException($"Unknown key usage '{name}' in a certificate profile."),
    });
}
