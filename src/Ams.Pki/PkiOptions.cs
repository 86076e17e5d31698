using Microsoft.EntityFrameworkCore;

namespace Ams.Pki;

/// <summary>Configuration of the embedded certification authority (section <c>Ams:Pki</c> of the host).</summary>
public sealed class PkiOptions
{
    /// <summary>
    /// Directory (owner only) of the generated passphrase file and of copies of the public CA certificates; keys and
    /// certificates created by an earlier release in this directory are moved into the database. Created if missing.
    /// </summary>
    public string DataDirectory { get; set; } = "data/pki";

    /// <summary>SQLite connection string of the PKI tables, unless <see cref="ConfigureDatabase"/> says otherwise.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/pki/pki.db";

    /// <summary>
    /// How the PKI's tables reach their database, when not the SQLite file of <see cref="ConnectionString"/>: the host
    /// points it at its own database (SQLite or PostgreSQL), so that one transaction and one backup hold everything.
    /// </summary>
    public Action<DbContextOptionsBuilder>? ConfigureDatabase { get; set; }

    /// <summary>
    /// Passphrase that encrypts the private keys at rest. When empty, a random passphrase is generated
    /// on first start into the file <c>ca-passphrase</c> (mode 600) in <see cref="DataDirectory"/>.
    /// </summary>
    public string? KeyPassphrase { get; set; }

    /// <summary>
    /// The passphrase the keys were encrypted under before <see cref="KeyPassphrase"/> was changed: a node that finds
    /// keys it cannot open with the current one opens them with this one and stores them again under the current one.
    /// </summary>
    public string? PreviousKeyPassphrase { get; set; }

    /// <summary>Key type of the root, the issuing CA and the OCSP signer.</summary>
    public CaKeyType CaKeyType { get; set; } = CaKeyType.EcP256;

    /// <summary>RSA modulus size when <see cref="CaKeyType"/> is <see cref="CaKeyType.Rsa"/>.</summary>
    public int RsaKeySize { get; set; } = 3072;

    /// <summary>Distinguished name of the root CA, in RFC 4514 / OpenSSL "C=..., O=..., CN=..." form.</summary>
    public string RootName { get; set; } = "C=ID, O=AMS Workflow, CN=AMS Workflow Root CA";

    /// <summary>Distinguished name of the issuing CA.</summary>
    public string IssuingCaName { get; set; } = "C=ID, O=AMS Workflow, CN=AMS Workflow Issuing CA";

    /// <summary>Distinguished name of the delegated OCSP signer.</summary>
    public string OcspSignerName { get; set; } = "C=ID, O=AMS Workflow, CN=AMS Workflow OCSP Responder";

    /// <summary>
    /// Public base URL of the host (for example <c>https://ams.example.id</c>), used for the CRL
    /// distribution point (<c>{BaseUrl}/pki/crl</c>), the AIA OCSP URL (<c>{BaseUrl}/pki/ocsp</c>) and
    /// the AIA CA issuers URL (<c>{BaseUrl}/pki/ca.pem</c>) of issued certificates.
    /// </summary>
    public Uri BaseUrl { get; set; } = new("http://localhost:5000");

    /// <summary>Validity of the root CA certificate.</summary>
    public TimeSpan RootValidity { get; set; } = TimeSpan.FromDays(20 * 365);

    /// <summary>Validity of the issuing CA certificate.</summary>
    public TimeSpan IssuingCaValidity { get; set; } = TimeSpan.FromDays(10 * 365);

    /// <summary>Validity of the OCSP signer certificate; it is renewed at start when less than a tenth remains.</summary>
    public TimeSpan OcspSignerValidity { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Validity of end-entity certificates.</summary>
    public TimeSpan CertificateValidity { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Interval between thisUpdate and nextUpdate of a CRL.</summary>
    public TimeSpan CrlValidity { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Scheduled republication interval of the CRL (must be shorter than <see cref="CrlValidity"/>).</summary>
    public TimeSpan CrlRepublishInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long after the first unpublished revocation the CRL is republished: revocations arriving
    /// meanwhile are batched into the same CRL.
    /// </summary>
    public TimeSpan CrlRevocationBatchDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often <see cref="Crl.CrlPublicationLoop"/> checks whether the scheduled republication is due.</summary>
    public TimeSpan CrlScheduleCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Interval between thisUpdate and nextUpdate of an OCSP response.</summary>
    public TimeSpan OcspValidity { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A pre-signed OCSP response is re-signed when less than this remains before its nextUpdate.</summary>
    public TimeSpan OcspCacheRefreshMargin { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// An enrollment whose lease was not renewed for this long (its node stopped) is executed again. A worker renews
    /// the lease every third of it while the CA executes the enrollment.
    /// </summary>
    public TimeSpan EnrollmentLease { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Minimum length of the password protecting a PKCS#12 delivered to a holder.</summary>
    public int MinimumPkcs12PasswordLength { get; set; } = 8;
}
