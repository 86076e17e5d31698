namespace Ams.Pki;

/// <summary>Why a PKI operation was refused.</summary>
public enum PkiErrorCode
{
    /// <summary>The request could not be parsed or is inconsistent.</summary>
    InvalidRequest,

    /// <summary>The signature of a PKCS#10 request does not verify.</summary>
    BadSignature,

    /// <summary>The key type or size is not accepted (RSA &lt; 2048, curves other than P-256/P-384, ...).</summary>
    WeakOrUnsupportedKey,

    /// <summary>No certificate with this serial number was issued by this CA.</summary>
    CertificateNotFound,

    /// <summary>The reason code is unknown or not supported (certificateHold, removeFromCRL).</summary>
    UnsupportedReason,

    /// <summary>The actor may not choose this reason.</summary>
    ReasonNotAllowed,

    /// <summary>The certificate is already revoked and the change is not a raise to keyCompromise.</summary>
    AlreadyRevoked,

    /// <summary>The PKCS#12 password does not meet the policy.</summary>
    WeakPassword,

    /// <summary>No enrollment with this id.</summary>
    EnrollmentNotFound,
}
