using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Ams.Pki.Crl;
using Ams.Pki.Issuance;
using Ams.Pki.Ocsp;
using Ams.Pki.Revocation;
using Ams.Pki.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Org.BouncyCastle.Asn1.X509;

namespace Ams.Pki.Authority;

/// <summary>
/// The embedded certification authority: issues holders' certificates (from a PKCS#10 request or with a
/// generated key delivered as PKCS#12), revokes them, and finds them. Refusals are values
/// (<see cref="PkiResult{T}"/>), not exceptions.
/// </summary>
public sealed class CertificateAuthority
{
    private const int SerialAttempts = 5;

    private readonly PkiOptions _options;
    private readonly IDbContextFactory<PkiDbContext> _dbFactory;
    private readonly PkiRuntime _runtime;
    private readonly OcspResponseCache _ocspCache;
    private readonly CrlRepublishSignal _crlSignal;
    private readonly TimeProvider _clock;
    private readonly ILogger<CertificateAuthority> _logger;
    private readonly PkiEventListeners _events;

    internal CertificateAuthority(
        PkiOptions options,
        IDbContextFactory<PkiDbContext> dbFactory,
        PkiRuntime runtime,
        OcspResponseCache ocspCache,
        CrlRepublishSignal crlSignal,
        TimeProvider clock,
        ILogger<CertificateAuthority> logger,
        PkiEventListeners events)
    {
        _events = events;
        _options = options;
        _dbFactory = dbFactory;
        _runtime = runtime;
        _ocspCache = ocspCache;
        _crlSignal = crlSignal;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Creates the tables and, on first start, the keys and certificates. Idempotent; call it at host start-up.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task InitializeAsync(CancellationToken cancellationToken = default) =>
        await _runtime.GetCredentialsAsync(cancellationToken);

    /// <summary>The public certificates of the hierarchy.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<CaCertificates> GetCaCertificatesAsync(CancellationToken cancellationToken = default)
    {
        var ca = await _runtime.GetCredentialsAsync(cancellationToken);
        return new CaCertificates(ca.Root.GetEncoded(), ca.IssuingCa.GetEncoded(), ca.OcspSignerDer, ca.ChainPem);
    }

    /// <summary>
    /// Issues a certificate for the key of a PKCS#10 request (DER or PEM). The request's signature must
    /// verify and its key must be RSA (2048 to 8192 bits) or EC P-256/P-384. The subject comes from
    /// <paramref name="subject"/> (verified by the registration authority), not from the request.
    /// </summary>
    /// <param name="csr">The PKCS#10 request.</param>
    /// <param name="subject">The holder's verified identity.</param>
    /// <param name="profile">The profile, e.g. <see cref="CertificateProfile.ProteksiEmailDanTandaTanganDigital"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public Task<PkiResult<CertificateInfo>> IssueFromCsrAsync(
        ReadOnlyMemory<byte> csr, SubjectInfo subject, CertificateProfile profile, CancellationToken cancellationToken = default) =>
        IssueFromCsrAsync(csr, subject, profile, alsoInTransaction: null, cancellationToken);

    /// <summary>Issues, and runs <paramref name="alsoInTransaction"/> in the transaction that stores the certificate.</summary>
    internal async Task<PkiResult<CertificateInfo>> IssueFromCsrAsync(
        ReadOnlyMemory<byte> csr, SubjectInfo subject, CertificateProfile profile,
        Func<PkiDbContext, CertificateInfo, Task>? alsoInTransaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(profile);
        if (subject.Validate() is { } invalid)
        {
            return PkiResult<CertificateInfo>.Failure(invalid);
        }

        var key = CsrValidator.Validate(csr.Span);
        if (!key.Succeeded)
        {
            return PkiResult<CertificateInfo>.Failure(key.Error);
        }

        return PkiResult<CertificateInfo>.Success(await IssueAsync(key.Value, subject, profile, cancellationToken, alsoInTransaction));
    }

    /// <summary>
    /// Generates a key pair for the holder, issues its certificate and returns both as PKCS#12
    /// (PBES2 AES-256, with the CA chain) protected by <paramref name="password"/>. The key is not kept.
    /// </summary>
    /// <param name="subject">The holder's verified identity.</param>
    /// <param name="profile">The profile.</param>
    /// <param name="password">The password the holder chose (at least <see cref="PkiOptions.MinimumPkcs12PasswordLength"/> characters).</param>
    /// <param name="keyType">The key to generate.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<PkiResult<IssuedPkcs12>> IssueWithGeneratedKeyAsync(
        SubjectInfo subject, CertificateProfile profile, string password, HolderKeyType keyType = HolderKeyType.Rsa2048,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(profile);
        if (subject.Validate() is { } invalid)
        {
            return PkiResult<IssuedPkcs12>.Failure(invalid);
        }

        if (string.IsNullOrEmpty(password) || password.Length < _options.MinimumPkcs12PasswordLength)
        {
            return PkiResult<IssuedPkcs12>.Failure(PkiErrorCode.WeakPassword,
                $"The PKCS#12 password must have at least {_options.MinimumPkcs12PasswordLength} characters.");
        }

        using AsymmetricAlgorithm holderKey = keyType == HolderKeyType.EcP256
            ? ECDsa.Create(ECCurve.NamedCurves.nistP256)
            : RSA.Create(2048);
        var spki = SubjectPublicKeyInfo.GetInstance(holderKey.ExportSubjectPublicKeyInfo());
        var issued = await IssueAsync(spki, subject, profile, cancellationToken);
        var ca = await _runtime.GetCredentialsAsync(cancellationToken);

        using var certificate = X509CertificateLoader.LoadCertificate(issued.Der);
        using var withKey = holderKey is ECDsa ec ? certificate.CopyWithPrivateKey(ec) : certificate.CopyWithPrivateKey((RSA)holderKey);
        using var issuing = X509CertificateLoader.LoadCertificate(ca.IssuingCa.GetEncoded());
        using var root = X509CertificateLoader.LoadCertificate(ca.Root.GetEncoded());
        var bundle = new X509Certificate2Collection { withKey, issuing, root }
            .ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password);
        return PkiResult<IssuedPkcs12>.Success(new IssuedPkcs12(issued, bundle));
    }

    /// <summary>
    /// Packages a certificate this CA issued for <paramref name="key"/> with that key and the CA chain as PKCS#12 (PBES2
    /// AES-256, as <see cref="IssueWithGeneratedKeyAsync"/> builds it), protected by <paramref name="password"/>.
    /// </summary>
    /// <param name="key">The key generated for the holder.</param>
    /// <param name="certificateDer">The issued certificate, DER; its public key must be <paramref name="key"/>'s.</param>
    /// <param name="password">The password the holder chose (at least <see cref="PkiOptions.MinimumPkcs12PasswordLength"/> characters).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<PkiResult<byte[]>> PackagePkcs12Async(
        GeneratedHolderKey key, byte[] certificateDer, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(certificateDer);
        if (CheckPkcs12Password(password) is { } weak)
        {
            return PkiResult<byte[]>.Failure(weak);
        }

        var ca = await _runtime.GetCredentialsAsync(cancellationToken);
        using var certificate = X509CertificateLoader.LoadCertificate(certificateDer);
        X509Certificate2 withKey;
        try
        {
            withKey = key.Join(certificate);
        }
        catch (ArgumentException)
        {
            return PkiResult<byte[]>.Failure(PkiErrorCode.InvalidRequest, "The certificate was not issued for this key.");
        }

        using (withKey)
        {
            using var issuing = X509CertificateLoader.LoadCertificate(ca.IssuingCa.GetEncoded());
            using var root = X509CertificateLoader.LoadCertificate(ca.Root.GetEncoded());
            return PkiResult<byte[]>.Success(new X509Certificate2Collection { withKey, issuing, root }
                .ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password));
        }
    }

    /// <summary>
    /// Why a PKCS#10 request would be refused (malformed, a key too weak or of another kind, a signature that does not
    /// verify), or null when the CA would issue for it: lets a caller refuse before queueing an enrollment.
    /// </summary>
    /// <param name="csr">The PKCS#10 request, DER or PEM.</param>
    public PkiError? CheckCsr(ReadOnlyMemory<byte> csr)
    {
        var key = CsrValidator.Validate(csr.Span);
        return key.Succeeded ? null : key.Error;
    }

    /// <summary>Why a PKCS#12 password is refused (too short), or null when it is accepted.</summary>
    /// <param name="password">The password the holder chose.</param>
    public PkiError? CheckPkcs12Password(string? password) =>
        string.IsNullOrEmpty(password) || password.Length < _options.MinimumPkcs12PasswordLength
            ? new PkiError(PkiErrorCode.WeakPassword, $"The PKCS#12 password must have at least {_options.MinimumPkcs12PasswordLength} characters.")
            : null;

    /// <summary>
    /// Revokes a certificate, or raises the reason of a revoked one to KEY_COMPROMISE (keeping the
    /// original revocation time). CERTIFICATE_HOLD, REMOVE_FROM_CRL, reasons the actor may not choose and
    /// any other change of a revoked certificate are refused. OCSP answers <c>revoked</c> at once; the
    /// CRL follows within <see cref="PkiOptions.CrlRevocationBatchDelay"/> (<see cref="CrlPublicationLoop"/>).
    /// </summary>
    /// <param name="serial">Serial number, hex (case, colons and leading zeros ignored).</param>
    /// <param name="reason">The RFC 5280 reason.</param>
    /// <param name="actor">Who asks: decides which reasons are allowed.</param>
    /// <param name="invalidityDate">When the key is known or suspected to have been compromised, if known.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public Task<PkiResult<CertificateInfo>> RevokeAsync(
        string serial, RevocationReason reason, RevocationActor actor, DateTimeOffset? invalidityDate = null,
        CancellationToken cancellationToken = default) =>
        RevokeAsync(serial, reason, actor, invalidityDate, alsoInTransaction: null, cancellationToken);

    /// <summary>
    /// Revokes, and runs <paramref name="alsoInTransaction"/> in the revocation's transaction: an enrollment marks itself
    /// done there, so that a crash can never leave the certificate revoked and its enrollment to be executed again.
    /// </summary>
    internal async Task<PkiResult<CertificateInfo>> RevokeAsync(
        string serial, RevocationReason reason, RevocationActor actor, DateTimeOffset? invalidityDate,
        Func<PkiDbContext, CertificateInfo, Task>? alsoInTransaction, CancellationToken cancellationToken)
    {
        await _runtime.GetCredentialsAsync(cancellationToken);
        var normalized = SerialNumbers.Normalize(serial);
        if (normalized is null)
        {
            return PkiResult<CertificateInfo>.Failure(PkiErrorCode.InvalidRequest, $"'{serial}' is not a hexadecimal serial number.");
        }

        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Certificates.SingleOrDefaultAsync(c => c.Serial == normalized, cancellationToken);
        if (record is null)
        {
            return PkiResult<CertificateInfo>.Failure(PkiErrorCode.CertificateNotFound, $"No certificate with serial {normalized} was issued by this CA.");
        }

        var now = _clock.GetUtcNow();
        if (record.Revoke(reason, actor, now, invalidityDate) is { } refused)
        {
            return PkiResult<CertificateInfo>.Failure(refused);
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await db.CrlState.Where(s => s.Id == 1).ExecuteUpdateAsync(
                s => s.SetProperty(x => x.RevocationCount, x => x.RevocationCount + 1)
                    .SetProperty(x => x.PendingSince, x => x.PendingSince ?? now),
                cancellationToken);
            if (alsoInTransaction is not null)
            {
                await alsoInTransaction(db, CertificateInfo.From(record));
            }

            await transaction.CommitAsync(cancellationToken);
        }

        _ocspCache.Evict(normalized);
        _crlSignal.Raise();
        _logger.LogInformation("Revoked certificate {Serial}: {Reason} by {Actor}.", normalized, RevocationReasons.ToName(reason), actor);
        await _events.NotifyAsync(new PkiEvent(PkiEventKind.CertificateRevoked, normalized, $"{RevocationReasons.ToName(reason)} at the {actor}'s request"), cancellationToken);
        return PkiResult<CertificateInfo>.Success(CertificateInfo.From(record));
    }

    /// <summary>The certificate with this serial, or null if this CA did not issue it.</summary>
    /// <param name="serial">Serial number, hex.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<CertificateInfo?> FindBySerialAsync(string serial, CancellationToken cancellationToken = default)
    {
        await _runtime.GetCredentialsAsync(cancellationToken);
        var normalized = SerialNumbers.Normalize(serial);
        if (normalized is null)
        {
            return null;
        }

        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        var record = await db.Certificates.AsNoTracking().SingleOrDefaultAsync(c => c.Serial == normalized, cancellationToken);
        return record is null ? null : CertificateInfo.From(record);
    }

    /// <summary>The certificates issued to a holder's email address, newest first.</summary>
    /// <param name="email">The holder's email address (case-insensitive).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<IReadOnlyList<CertificateInfo>> ListByHolderEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        await _runtime.GetCredentialsAsync(cancellationToken);
        var normalized = email.Trim().ToLowerInvariant();
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        var records = await db.Certificates.AsNoTracking()
            .Where(c => c.HolderEmail == normalized)
            .OrderByDescending(c => c.IssuedAt)
            .ToListAsync(cancellationToken);
        return [.. records.Select(CertificateInfo.From)];
    }

    private async Task<CertificateInfo> IssueAsync(
        SubjectPublicKeyInfo holderKey, SubjectInfo subject, CertificateProfile profile, CancellationToken cancellationToken,
        Func<PkiDbContext, CertificateInfo, Task>? alsoInTransaction = null)
    {
        var ca = await _runtime.GetCredentialsAsync(cancellationToken);
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var now = _clock.GetUtcNow();
            var serial = SerialNumbers.NewSerial();
            var certificate = CertificateBuilder.BuildHolderCertificate(
                ca.IssuingCa, ca.IssuingKey, holderKey, subject, profile, serial, now, now + _options.CertificateValidity, _options.BaseUrl);
            var record = new CertificateRecord
            {
                Serial = SerialNumbers.ToHex(serial),
                SubjectDn = CertificateBuilder.DisplayName(subject, profile),
                HolderEmail = subject.Email.Trim().ToLowerInvariant(),
                Profile = profile.Name,
                NotBefore = new DateTimeOffset(certificate.NotBefore, TimeSpan.Zero),
                NotAfter = new DateTimeOffset(certificate.NotAfter, TimeSpan.Zero),
                IssuedAt = now,
                Der = certificate.GetEncoded(),
            };
            db.Certificates.Add(record);
            try
            {
                await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
                {
                    await db.SaveChangesAsync(cancellationToken);
                    if (alsoInTransaction is not null)
                    {
                        await alsoInTransaction(db, CertificateInfo.From(record));
                    }

                    await transaction.CommitAsync(cancellationToken);
                }

                _logger.LogInformation("Issued certificate {Serial} ({Profile}) to {Email}.", record.Serial, profile.Name, record.HolderEmail);
                await _events.NotifyAsync(new PkiEvent(PkiEventKind.CertificateIssued, record.Serial, $"{profile.Name} to {record.HolderEmail}"), cancellationToken);
                return CertificateInfo.From(record);
            }
            catch (DbUpdateException e) when (IsUniqueViolation(e) && attempt < SerialAttempts)
            {
                // A serial collision (the unique index): draw another.
                db.Entry(record).State = EntityState.Detached;
            }
        }
    }

    private static bool IsUniqueViolation(DbUpdateException e) =>
        e.InnerException is System.Data.Common.DbException { SqlState: "23505" } or Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 };
}
