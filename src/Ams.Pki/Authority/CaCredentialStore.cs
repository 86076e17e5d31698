using System.Security.Cryptography;
using Ams.Pki.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.X509;

namespace Ams.Pki.Authority;

/// <summary>
/// Loads the hierarchy from the database, creating it on first start: certificates as PEM and private keys as
/// encrypted PKCS#8 (AES-256-CBC, PBKDF2-SHA256) under the CA passphrase, which never enters the database. Every node
/// of a cluster reads the same rows; the first to create them wins and the others load what it wrote. Keys that an
/// earlier release kept as files in the data directory are moved into the database on first start.
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
    private static readonly string[] Hierarchy = [RootKeyFile, RootCertFile, IssuingKeyFile, IssuingCertFile];
    private static readonly string[] PrivateKeys = [RootKeyFile, IssuingKeyFile, OcspKeyFile];

    private string Directory => Path.GetFullPath(options.DataDirectory);

    /// <summary>Creates the data directory, owner only, if it is missing.</summary>
    public void EnsureDataDirectory()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(Directory);
        }
        else
        {
            System.IO.Directory.CreateDirectory(Directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public async Task<CaCredentials> LoadOrCreateAsync(PkiDbContext db, CancellationToken cancellationToken)
    {
        EnsureDataDirectory();
        var passphrase = Passphrase();
        var now = clock.GetUtcNow();
        var stored = await ReadAsync(db, cancellationToken);
        if (!Hierarchy.All(stored.ContainsKey))
        {
            var earlier = FilesOfEarlierRelease();
            await TryStoreAsync(db, earlier ?? CreateHierarchy(passphrase, now), replace: false, cancellationToken);
            stored = await ReadAsync(db, cancellationToken);
            if (earlier is not null)
            {
                RemoveMovedKeyFiles(stored);
            }
        }

        (passphrase, var issuingKey) = await OpenWithCurrentPassphraseAsync(db, stored, passphrase, cancellationToken);
        var root = ParseCertificate(stored[RootCertFile]);
        var issuing = ParseCertificate(stored[IssuingCertFile]);
        if (!stored.TryGetValue(OcspCertFile, out var ocspPem) || !stored.ContainsKey(OcspKeyFile) || NeedsRenewal(ParseCertificate(ocspPem), now))
        {
            await TryStoreAsync(db, CreateOcspSigner(passphrase, issuing, issuingKey, now), replace: true, cancellationToken);
            stored = await ReadAsync(db, cancellationToken);
        }

        var ocsp = ParseCertificate(stored[OcspCertFile]);
        var ocspKey = PlatformSigner.ImportEncryptedPem(stored[OcspKeyFile], passphrase);
        WritePublicCopies(stored);
        return new CaCredentials(root, issuing, issuingKey, ocsp, ocspKey);
    }

    private static async Task<Dictionary<string, string>> ReadAsync(PkiDbContext db, CancellationToken cancellationToken) =>
        await db.CaKeys.AsNoTracking().ToDictionaryAsync(k => k.Name, k => k.Pem, StringComparer.Ordinal, cancellationToken);

    /// <summary>Writes rows in one transaction; when another node wrote the same rows first, keeps theirs.</summary>
    private async Task TryStoreAsync(PkiDbContext db, Dictionary<string, string> pems, bool replace, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (replace)
        {
            var names = pems.Keys.ToList();
            await db.CaKeys.Where(k => names.Contains(k.Name)).ExecuteDeleteAsync(cancellationToken);
        }

        db.CaKeys.AddRange(pems.Select(p => new CaKeyRecord { Name = p.Key, Pem = p.Value, UpdatedAt = now }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node stored its own first: everyone uses the rows in the database.
            logger.LogInformation("Another node stored the CA's keys first; using those.");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// The passphrase that opens the stored keys, and the issuing key it opened (each opening derives the key's
    /// encryption key anew, a fifth of a second). Keys still under <see cref="PkiOptions.PreviousKeyPassphrase"/> are
    /// stored again under the current one, all in one transaction.
    /// </summary>
    private async Task<(string Passphrase, PlatformSigner IssuingKey)> OpenWithCurrentPassphraseAsync(
        PkiDbContext db, Dictionary<string, string> stored, string passphrase, CancellationToken cancellationToken)
    {
        if (TryOpen(stored[IssuingKeyFile], passphrase) is { } opened)
        {
            return (passphrase, opened);
        }

        if (options.PreviousKeyPassphrase is not { Length: > 0 } previous || TryOpen(stored[IssuingKeyFile], previous) is not { } issuingKey)
        {
            throw new InvalidOperationException(
                "The CA's keys in the database do not open with this node's passphrase (Ams:Pki:KeyPassphrase, or the generated " +
                $"{PassphraseFile} file): every node needs the passphrase the keys were created with.");
        }

        var reencrypted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in PrivateKeys.Where(stored.ContainsKey))
        {
            using var key = PlatformSigner.ImportEncryptedPem(stored[name], previous);
            reencrypted[name] = key.ExportEncryptedPem(passphrase);
        }

        await TryStoreAsync(db, reencrypted, replace: true, cancellationToken);
        foreach (var (name, pem) in reencrypted)
        {
            stored[name] = pem;
        }

        logger.LogWarning("The CA's keys were stored again under the new passphrase; Ams:Pki:PreviousKeyPassphrase can now be removed.");
        return (passphrase, issuingKey);
    }

    private static PlatformSigner? TryOpen(string encryptedPem, string passphrase)
    {
        try
        {
            return PlatformSigner.ImportEncryptedPem(encryptedPem, passphrase);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private bool NeedsRenewal(X509Certificate certificate, DateTimeOffset now)
    {
        var remaining = new DateTimeOffset(certificate.NotAfter, TimeSpan.Zero) - now;
        return remaining < options.OcspSignerValidity / 10;
    }

    private string Passphrase()
    {
        if (!string.IsNullOrEmpty(options.KeyPassphrase))
        {
            return options.KeyPassphrase;
        }

        var path = Path.Combine(Directory, PassphraseFile);
        if (!File.Exists(path))
        {
            WriteOwnerOnly(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "\n");
            logger.LogWarning("No PKI key passphrase configured: generated one into {Path} (owner-only). Back it up with the database.", path);
        }

        return File.ReadAllText(path).Trim();
    }

    /// <summary>The hierarchy an earlier release wrote into the data directory, if it is complete there.</summary>
    private Dictionary<string, string>? FilesOfEarlierRelease()
    {
        string[] names = [.. Hierarchy, OcspKeyFile, OcspCertFile];
        if (!Hierarchy.All(name => File.Exists(Path.Combine(Directory, name))))
        {
            return null;
        }

        logger.LogInformation("Moving the CA's keys from {Directory} into the database.", Directory);
        return names.Where(name => File.Exists(Path.Combine(Directory, name)))
            .ToDictionary(name => name, name => File.ReadAllText(Path.Combine(Directory, name)), StringComparer.Ordinal);
    }

    /// <summary>Deletes the key files whose content the database now holds: keys live in one place only.</summary>
    private void RemoveMovedKeyFiles(Dictionary<string, string> stored)
    {
        foreach (var name in PrivateKeys)
        {
            var path = Path.Combine(Directory, name);
            if (File.Exists(path) && stored.TryGetValue(name, out var pem) && File.ReadAllText(path) == pem)
            {
                File.Delete(path);
            }
        }
    }

    private Dictionary<string, string> CreateHierarchy(string passphrase, DateTimeOffset now)
    {
        using var rootKey = PlatformSigner.Generate(options.CaKeyType, options.RsaKeySize);
        using var issuingKey = PlatformSigner.Generate(options.CaKeyType, options.RsaKeySize);
        var root = CertificateBuilder.BuildRoot(rootKey, new X509Name(options.RootName), now, options.RootValidity);
        var issuing = CertificateBuilder.BuildIssuingCa(root, rootKey, issuingKey, new X509Name(options.IssuingCaName), now, options.IssuingCaValidity);
        logger.LogInformation("Created the embedded CA hierarchy.");
        return new(StringComparer.Ordinal)
        {
            [RootKeyFile] = rootKey.ExportEncryptedPem(passphrase),
            [IssuingKeyFile] = issuingKey.ExportEncryptedPem(passphrase),
            [RootCertFile] = CertificatePem(root),
            [IssuingCertFile] = CertificatePem(issuing),
        };
    }

    private Dictionary<string, string> CreateOcspSigner(string passphrase, X509Certificate issuing, PlatformSigner issuingKey, DateTimeOffset now)
    {
        using var key = PlatformSigner.Generate(options.CaKeyType, options.RsaKeySize);
        var certificate = CertificateBuilder.BuildOcspSigner(issuing, issuingKey, key, new X509Name(options.OcspSignerName), now, options.OcspSignerValidity);
        logger.LogInformation("Issued a new delegated OCSP signer certificate, valid until {NotAfter:u}.", certificate.NotAfter);
        return new(StringComparer.Ordinal)
        {
            [OcspKeyFile] = key.ExportEncryptedPem(passphrase),
            [OcspCertFile] = CertificatePem(certificate),
        };
    }

    /// <summary>The public certificates, for operators' tools (<c>openssl ocsp -issuer …</c>); keys stay in the database only.</summary>
    private void WritePublicCopies(Dictionary<string, string> stored)
    {
        foreach (var name in new[] { RootCertFile, IssuingCertFile, OcspCertFile })
        {
            var path = Path.Combine(Directory, name);
            if (!File.Exists(path) || File.ReadAllText(path) != stored[name])
            {
                WriteOwnerOnly(path, stored[name], replace: true);
            }
        }
    }

    private static string CertificatePem(X509Certificate certificate) => PemEncoding.WriteString("CERTIFICATE", certificate.GetEncoded()) + "\n";

    private static X509Certificate ParseCertificate(string pem)
    {
        var fields = PemEncoding.Find(pem);
        return new X509CertificateParser().ReadCertificate(Convert.FromBase64String(pem[fields.Base64Data]));
    }

    private static void WriteOwnerOnly(string path, string content, bool replace = false)
    {
        var target = replace ? path + "." + Guid.NewGuid().ToString("N") + ".tmp" : path;
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

        if (replace)
        {
            File.Move(target, path, overwrite: true);
        }
    }
}
