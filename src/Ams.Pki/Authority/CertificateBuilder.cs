using System.Security.Cryptography;
using Ams.Pki.Issuance;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;
using BigInteger = Org.BouncyCastle.Math.BigInteger;

namespace Ams.Pki.Authority;

/// <summary>Builds and signs the certificates of the hierarchy and of holders (BouncyCastle).</summary>
internal static class CertificateBuilder
{
    private const string IdKpServerAuth = "1.3.6.1.5.5.7.3.1";
    private const string IdKpOcspSigning = "1.3.6.1.5.5.7.3.9";
    private const string IdPkixOcspNocheck = "1.3.6.1.5.5.7.48.1.5";
    private const string IdAdOcsp = "1.3.6.1.5.5.7.48.1";
    private const string IdAdCaIssuers = "1.3.6.1.5.5.7.48.2";
    internal const string DescriptionOid = "2.5.4.13";

    public static X509Certificate BuildRoot(PlatformSigner key, X509Name name, DateTimeOffset now, TimeSpan validity)
    {
        var spki = PublicKeyInfo(key);
        var generator = NewGenerator(SerialNumbers.NewSerial(), name, name, spki, now, now + validity);
        generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(true));
        generator.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.KeyCertSign | KeyUsage.CrlSign));
        generator.AddExtension(X509Extensions.SubjectKeyIdentifier, false, new SubjectKeyIdentifier(KeyId(spki)));
        return generator.Generate(key.CreateSignatureFactory());
    }

    public static X509Certificate BuildIssuingCa(
        X509Certificate root, PlatformSigner rootKey, PlatformSigner key, X509Name name, DateTimeOffset now, TimeSpan validity)
    {
        var spki = PublicKeyInfo(key);
        var notAfter = Min(now + validity, new DateTimeOffset(root.NotAfter, TimeSpan.Zero));
        var generator = NewGenerator(SerialNumbers.NewSerial(), root.SubjectDN, name, spki, now, notAfter);
        generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(0));
        generator.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.KeyCertSign | KeyUsage.CrlSign));
        generator.AddExtension(X509Extensions.SubjectKeyIdentifier, false, new SubjectKeyIdentifier(KeyId(spki)));
        generator.AddExtension(X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(KeyId(root.CertificateStructure.SubjectPublicKeyInfo)));
        return generator.Generate(rootKey.CreateSignatureFactory());
    }

    public static X509Certificate BuildOcspSigner(
        X509Certificate issuer, PlatformSigner issuerKey, PlatformSigner key, X509Name name, DateTimeOffset now, TimeSpan validity)
    {
        var spki = PublicKeyInfo(key);
        var notAfter = Min(now + validity, new DateTimeOffset(issuer.NotAfter, TimeSpan.Zero));
        var generator = NewGenerator(SerialNumbers.NewSerial(), issuer.SubjectDN, name, spki, now, notAfter);
        generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(false));
        generator.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.DigitalSignature));
        generator.AddExtension(X509Extensions.ExtendedKeyUsage, false, new DerSequence(new DerObjectIdentifier(IdKpOcspSigning)));
        generator.AddExtension(new DerObjectIdentifier(IdPkixOcspNocheck), false, DerNull.Instance);
        generator.AddExtension(X509Extensions.SubjectKeyIdentifier, false, new SubjectKeyIdentifier(KeyId(spki)));
        generator.AddExtension(X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(KeyId(issuer.CertificateStructure.SubjectPublicKeyInfo)));
        return generator.Generate(issuerKey.CreateSignatureFactory());
    }

    public static X509Certificate BuildHolderCertificate(
        X509Certificate issuer,
        PlatformSigner issuerKey,
        SubjectPublicKeyInfo holderKey,
        SubjectInfo subject,
        CertificateProfile profile,
        BigInteger serial,
        DateTimeOffset notBefore,
        DateTimeOffset notAfter,
        Uri baseUrl)
    {
        notAfter = Min(notAfter, new DateTimeOffset(issuer.NotAfter, TimeSpan.Zero));
        var generator = NewGenerator(serial, issuer.SubjectDN, SubjectName(subject, profile), holderKey, notBefore, notAfter);
        generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(false));
        generator.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(ProfileKeyUsage.Bits(profile.KeyUsages)));
        if (profile.ExtendedKeyUsages.Count > 0)
        {
            generator.AddExtension(X509Extensions.ExtendedKeyUsage, false,
                new DerSequence(profile.ExtendedKeyUsages.Select(name => (Asn1Encodable)new DerObjectIdentifier(ProfileExtendedKeyUsage.Oid(name))).ToArray()));
        }

        generator.AddExtension(X509Extensions.SubjectAlternativeName, false,
            new GeneralNames(new GeneralName(GeneralName.Rfc822Name, subject.Email)));
        generator.AddExtension(X509Extensions.SubjectKeyIdentifier, false, new SubjectKeyIdentifier(KeyId(holderKey)));
        generator.AddExtension(X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(KeyId(issuer.CertificateStructure.SubjectPublicKeyInfo)));
        generator.AddExtension(X509Extensions.CrlDistributionPoints, false, new DerSequence(
            new DerSequence(new DerTaggedObject(true, 0, new DerTaggedObject(false, 0,
                new GeneralNames(Uri(baseUrl, "pki/crl")))))));
        generator.AddExtension(X509Extensions.AuthorityInfoAccess, false, new DerSequence(
            new DerSequence(new DerObjectIdentifier(IdAdOcsp), Uri(baseUrl, "pki/ocsp")),
            new DerSequence(new DerObjectIdentifier(IdAdCaIssuers), Uri(baseUrl, "pki/ca.pem"))));
        return generator.Generate(issuerKey.CreateSignatureFactory());
    }

    /// <summary>The subject in the seed's order: C, ST, L, O, OU, CN, EMAILADDRESS, description.</summary>
    public static X509Name SubjectName(SubjectInfo subject, CertificateProfile profile) => new(
        [X509Name.C, X509Name.ST, X509Name.L, X509Name.O, X509Name.OU, X509Name.CN, X509Name.EmailAddress, new DerObjectIdentifier(DescriptionOid)],
        [subject.Country, subject.State, subject.Locality, subject.Organization, subject.OrganizationalUnit, subject.CommonName,
            subject.Email, profile.Description(subject.HolderId)]);

    /// <summary>The subject as the seed shows it: <c>C=ID, ST=..., EMAILADDRESS=..., OID.2.5.4.13=...</c>.</summary>
    public static string DisplayName(SubjectInfo subject, CertificateProfile profile) =>
        $"C={subject.Country}, ST={subject.State}, L={subject.Locality}, O={subject.Organization}, " +
        $"OU={subject.OrganizationalUnit}, CN={subject.CommonName}, EMAILADDRESS={subject.Email}, " +
        $"OID.{DescriptionOid}={profile.Description(subject.HolderId)}";

    public static SubjectPublicKeyInfo PublicKeyInfo(PlatformSigner key) => SubjectPublicKeyInfo.GetInstance(key.SubjectPublicKeyInfoDer);

    /// <summary>Key identifier, RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits.</summary>
    public static byte[] KeyId(SubjectPublicKeyInfo spki) => SHA1.HashData(spki.PublicKey.GetBytes());

    private static GeneralName Uri(Uri baseUrl, string path)
    {
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl.AbsoluteUri : baseUrl.AbsoluteUri + "/";
        return new GeneralName(GeneralName.UniformResourceIdentifier, root + path);
    }

    private static X509V3CertificateGenerator NewGenerator(
        BigInteger serial, X509Name issuer, X509Name subject, SubjectPublicKeyInfo spki, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(serial);
        generator.SetIssuerDN(issuer);
        generator.SetSubjectDN(subject);
        generator.SetSubjectPublicKeyInfo(spki);
        generator.SetNotBefore(Seconds(notBefore).UtcDateTime);
        generator.SetNotAfter(Seconds(notAfter).UtcDateTime);
        return generator;
    }

    private static DateTimeOffset Seconds(DateTimeOffset value) => DateTimeOffset.FromUnixTimeSeconds(value.ToUnixTimeSeconds());

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
