namespace Ams.Pki.Authority;

/// <summary>The public certificates of the hierarchy, to publish (e.g. <c>/pki/ca.pem</c>).</summary>
/// <param name="RootDer">Root CA certificate, DER.</param>
/// <param name="IssuingCaDer">Issuing CA certificate, DER (issuer of holders' certificates, of the CRL and of the OCSP signer).</param>
/// <param name="OcspSignerDer">Delegated OCSP signer certificate, DER.</param>
/// <param name="ChainPem">Issuing CA then root, PEM: the content of <c>/pki/ca.pem</c>.</param>
public sealed record CaCertificates(byte[] RootDer, byte[] IssuingCaDer, byte[] OcspSignerDer, string ChainPem);
