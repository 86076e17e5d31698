namespace Ams.Pki.Ocsp;

/// <summary>A parsed OCSP request (RFC 6960 §4.1).</summary>
/// <param name="Requests">The single requests, 1 to <see cref="OcspRequestParser.MaxSingleRequests"/>.</param>
/// <param name="NonceExtensionValue">The nonce extension's extnValue contents as received (echoed verbatim), null when absent.</param>
internal sealed record OcspRequest(IReadOnlyList<OcspCertId> Requests, byte[]? NonceExtensionValue);

/// <summary>A CertID as received (its DER is echoed in the response).</summary>
/// <param name="Der">The CertID DER, echoed verbatim.</param>
/// <param name="HashAlgorithm">OID of the hash algorithm.</param>
/// <param name="IssuerNameHash">Hash of the issuer's DN.</param>
/// <param name="IssuerKeyHash">Hash of the issuer's public key bits.</param>
/// <param name="Serial">Lower-case hex serial, null when negative or longer than 20 octets (never issued here).</param>
internal sealed record OcspCertId(byte[] Der, string HashAlgorithm, byte[] IssuerNameHash, byte[] IssuerKeyHash, string? Serial);
