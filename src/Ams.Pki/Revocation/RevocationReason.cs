namespace Ams.Pki.Revocation;

/// <summary>CRL reason codes of RFC 5280 §5.3.1. Users see the upper-case names (<see cref="RevocationReasons.ToName"/>).</summary>
public enum RevocationReason
{
    /// <summary>UNSPECIFIED (0): no reason given; the CRL entry carries no reason code extension.</summary>
    Unspecified = 0,

    /// <summary>KEY_COMPROMISE (1).</summary>
    KeyCompromise = 1,

    /// <summary>CA_COMPROMISE (2): for CA certificates, refused for end-entity certificates.</summary>
    CaCompromise = 2,

    /// <summary>AFFILIATION_CHANGED (3).</summary>
    AffiliationChanged = 3,

    /// <summary>SUPERSEDED (4).</summary>
    Superseded = 4,

    /// <summary>CESSATION_OF_OPERATION (5).</summary>
    CessationOfOperation = 5,

    /// <summary>CERTIFICATE_HOLD (6): not supported, revocation is definitive.</summary>
    CertificateHold = 6,

    /// <summary>REMOVE_FROM_CRL (8): not supported, there is no un-revocation.</summary>
    RemoveFromCrl = 8,

    /// <summary>PRIVILEGE_WITHDRAWN (9): operators only.</summary>
    PrivilegeWithdrawn = 9,

    /// <summary>AA_COMPROMISE (10): for attribute authorities, refused for end-entity certificates.</summary>
    AaCompromise = 10,
}
