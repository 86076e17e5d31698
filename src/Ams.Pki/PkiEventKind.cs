namespace Ams.Pki;

/// <summary>What the certification authority did, as <see cref="IPkiEventListener"/>s hear it.</summary>
public enum PkiEventKind
{
    /// <summary>A holder's certificate was issued.</summary>
    CertificateIssued,

    /// <summary>A certificate was revoked (or its reason raised to KEY_COMPROMISE).</summary>
    CertificateRevoked,

    /// <summary>A new CRL was signed and stored.</summary>
    CrlPublished,
}
