namespace Ams.Pki.Crl;

/// <summary>One revoked certificate as listed in the CRL.</summary>
/// <param name="Serial">Serial, lower-case hex.</param>
/// <param name="RevokedAt">Revocation time.</param>
/// <param name="ReasonCode">RFC 5280 reason code; 0 (unspecified) is not written.</param>
/// <param name="InvalidityDate">Invalidity date, if given.</param>
internal readonly record struct CrlEntry(string Serial, DateTimeOffset RevokedAt, int ReasonCode, DateTimeOffset? InvalidityDate);
