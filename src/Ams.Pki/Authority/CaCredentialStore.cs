using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace Ams.Pki.Authority;

/// <summary>
/// Loads the hierarchy from the data directory, creating it on first start: keys as encrypted PKCS#8
/// (AES-256-CBC, PBKDF2-SHA256) in files readable by the owner only.
/// </summary>
internal sealed class CaCredentialStore(PkiOptions options, TimeProvider clock, ILogger<CaCredentialStore> logger)
{
    internal const string PassphraseFile = "ca-passphrase";
    internal const string RootKeyFile = "root-ca.key.pem";
    internal const string RootCertFile = "root-ca.crt.pem";
    internal const string IssuingKeyFile = "issuing-ca.key.pem";
    internal const string IssuingCertFile = "issuing-ca.crt.pem";
    internal const string OcspKeyFile = "ocsp-signer.key.pem";
    internal const string OcspCertFile = "ocsp-signer.crt.pem";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public CaCredentials LoadOrCreate()
    {
        var dir = Path.GetFullPath(options.DataDirectory);
        if (!Directory.Exists(dir))
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(dir);
            }
            else
            {
                Directory.CreateDirectory(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        var passphrase = Passphrase(dir);
        var now = clock.GetUtcNow();
        if (!File.Exists(Path.Combine(dir, IssuingCertFile)))
        {
            CreateHierarchy(dir, passphrase, now);
        }

        var root = ReadCertificate(Path.Combine(dir, RootCertFile));
        var issuing = ReadCertificate(Path.Combine(dir, IssuingCertFile));
        var issuingKey = PlatformSigner.ImportEncryptedPem(File.ReadAllText(Path.Combine(dir, IssuingKeyFile)), passphrase);
        var ocspCertPath = Path.Combine(dir, OcspCertFile);
        if (!File.Exists(ocspCertPath) || NeedsRenewal(ReadCertificate(ocspCertPath), now))
        {
            CreateOcspSigner(dir, passphrase, issuing, issuingKey, now);
        }

        var ocsp = ReadCertificate(ocspCertPath);
        var ocspKey = PlatformSigner.ImportEncryptedPem(File.ReadAllText(Path.Combine(dir, OcspKeyFile)), passphrase);
        return new CaCredentials(root, issuing, issuingKey, ocsp, ocspKey);
    }

    private bool NeedsRenewal(X509Certificate certificate, DateTimeOffset now)
    {
        var remaining = new DateTimeOffset(certificate.NotAfter, TimeSpan.Zero) - now;
        return remaining < options.OcspSignerValidity / 10;
    }

    private string Passphrase(string dir)
    {
        if (!string.IsNullOrEmpty(options.KeyPassphrase))
        {
            return options.KeyPassphrase;
        }

        var path = Path.Combine(dir, PassphraseFile);
        if (!File.Exists(path))
        {
            WriteOwnerOnly(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "\n");
            logger.LogWarning("No PKI key passphrase configured: generated one into {Path} (owner-only). Back it up with the keys.", path);
        }

        return File.ReadAllText(path).Trim();
    }

    private void CreateHierarchy(string dir, string passphrase, DateTimeOffset now)
    {
        using var rootKey = PlatformSigner.Generate(options.CaKeyType, options.RsaKeySize);
        using var issuingKey = PlatformSigner.Generate(options.CaKeyType, options.RsaKeySize);
        var root = CertificateBuilder.BuildRoot(rootKey, new X509Name(options.RootName), now, options.RootValidity);
        var issuing = CertificateBuilder.BuildIssuingCa(root, rootKey, issuingKey, new X509Name(options.IssuingCaName), now, options.IssuingCaValidity);
        WriteOwnerOnly(Path.Combine(dir, RootKeyFile), rootKey.ExportEncryptedPem(passphrase));
        WriteOwnerOnly(Path.Combine(dir, IssuingKeyFile), issuingKey.ExportEncryptedPem(passphrase));
        WriteOwnerOnly(Path.Combine(dir, RootCertFile), PemEncoding.WriteString("CERTIFICATE", root.GetEncoded()) + "\n");
        // Written last: its presence marks a complete hierarchy.
        WriteOwnerOnly(Path.Combine(dir, IssuingCertFile), PemEncoding.WriteString("CERTIFICATE", issuing.GetEncoded()) + "\n");
        logger.LogInformation("Created the embedded CA hierarchy in {Directory}.", dir);
    }

    private void CreateOcspSigner(string dir, string passphrase, X509Certificate issuing, PlatformSigner issuingKey, DateTimeOffset now)
    {
        using var key = PlatformSigner.Generate(options.CaKeyType, options.RsaKeySize);
        var certificate = CertificateBuilder.BuildOcspSigner(issuing, issuingKey, key, new X509Name(options.OcspSignerName), now, options.OcspSignerValidity);
        WriteOwnerOnly(Path.Combine(dir, OcspKeyFile), key.ExportEncryptedPem(passphrase), replace: true);
        WriteOwnerOnly(Path.Combine(dir, OcspCertFile), PemEncoding.WriteString("CERTIFICATE", certificate.GetEncoded()) + "\n", replace: true);
        logger.LogInformation("Issued a new delegated OCSP signer certificate, valid until {NotAfter:u}.", certificate.NotAfter);
    }

    private static X509Certificate ReadCertificate(string path)
    {
        var pem = File.ReadAllText(path);
        var fields = PemEncoding.Find(pem);
        return new X509CertificateParser().ReadCertificate(Convert.FromBase64String(pem[fields.Base64Data]));
    }

    private static void WriteOwnerOnly(string path, string content, bool replace = false)
    {
        var target = replace ? path + ".tmp" : path;
        var fileOptions = new FileStreamOptions { Mode = replace ? FileMode.Create : FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = OwnerOnly;
        }

        using (var stream = new FileStream(target, fileOptions))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(content);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(target, OwnerOnly);
        }

        if (replace)
        {
            File.Move(target, path, overwrite: true);
        }
    }
}
