namespace Ams.Pki.Issuance;

/// <summary>The extended key usages a profile may name, and their object identifiers.</summary>
public static class ProfileExtendedKeyUsage
{
    /// <summary>id-kp-clientAuth.</summary>
    public const string ClientAuth = "clientAuth";

    /// <summary>id-kp-emailProtection.</summary>
    public const string EmailProtection = "emailProtection";

    /// <summary>id-kp-documentSigning (RFC 9336).</summary>
    public const string DocumentSigning = "documentSigning";

    /// <summary>The object identifier of a name; an unknown name is a programming error in a profile.</summary>
    internal static string Oid(string name) => name switch
    {
        ClientAuth => "1.3.6.1.5.5.7.3.2",
        EmailProtection => "1.3.6.1.5.5.7.3.4",
        DocumentSigning => "1.3.6.1.5.5.7.3.36",
        _ => throw new InvalidOperationException($"Unknown extended key usage '{name}' in a certificate profile."),
    };
}
