using Ams.Pki.Authority;
using Ams.Pki.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Ams.Pki.Crl;

/// <summary>
/// Publishes the full CRL of the issuing CA into <c>{DataDirectory}/crl/current.crl</c> and keeps it in
/// memory for serving. The host calls <see cref="PublishIfDueAsync"/> every few seconds (a background
/// loop or a recurring job): it republishes <see cref="PkiOptions.CrlRevocationBatchDelay"/> after the
/// first unpublished revocation (revocations meanwhile are batched) and every
/// <see cref="PkiOptions.CrlRepublishInterval"/>. Run it on one node at a time. No delta CRLs.
/// </summary>
public sealed class CrlPublisher : IDisposable
{
    private readonly PkiRuntime _runtime;
    private readonly IDbContextFactory<PkiDbContext> _dbFactory;
    private readonly PkiOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<CrlPublisher> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Published? _current;

    internal CrlPublisher(PkiRuntime runtime, IDbContextFactory<PkiDbContext> dbFactory, PkiOptions options, TimeProvider clock, ILogger<CrlPublisher> logger)
    {
        _runtime = runtime;
        _dbFactory = dbFactory;
        _options = options;
        _clock = clock;
        _logger = logger;
    }

    private string CrlPath => Path.Combine(Path.GetFullPath(_options.DataDirectory), "crl", "current.crl");

    /// <summary>The current CRL, DER; publishes one first if none exists yet.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<byte[]> GetCurrentCrlAsync(CancellationToken cancellationToken = default)
    {
        await _runtime.GetCredentialsAsync(cancellationToken);
        var path = CrlPath;
        if (File.Exists(path))
        {
            var written = File.GetLastWriteTimeUtc(path);
            if (_current is { } current && current.WrittenAt == written)
            {
                return current.Der;
            }

            var der = await File.ReadAllBytesAsync(path, cancellationToken);
            _current = new Published(der, written);
            return der;
        }

        return (await PublishAsync(cancellationToken)).Der;
    }

    /// <summary>
    /// Publishes when due: no CRL yet, a revocation waiting for longer than the batch delay, the
    /// scheduled interval elapsed, or less than a quarter of the CRL's validity left. Cheap otherwise.
    /// </summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The new CRL, or null when nothing was due.</returns>
    public async Task<CrlInfo?> PublishIfDueAsync(CancellationToken cancellationToken = default)
    {
        await _runtime.GetCredentialsAsync(cancellationToken);
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        var state = await db.CrlState.AsNoTracking().SingleAsync(s => s.Id == 1, cancellationToken);
        var now = _clock.GetUtcNow();
        var due = state.LastPublishedAt is not { } last
            || !File.Exists(CrlPath)
            || (state.PendingSince is { } pending && now - pending >= _options.CrlRevocationBatchDelay)
            || now - last >= _options.CrlRepublishInterval
            || now - last >= _options.CrlValidity * 3 / 4;
        return due ? await PublishAsync(cancellationToken) : null;
    }

    /// <summary>Publishes a new full CRL now (next CRL number).</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<CrlInfo> PublishAsync(CancellationToken cancellationToken = default)
    {
        var ca = await _runtime.GetCredentialsAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await connection.OpenAsync(cancellationToken);

            // One read transaction: the counter and the entries are a consistent snapshot.
            long number;
            long revocationCount;
            long entryCount = 0;
            var thisUpdate = DateTimeOffset.FromUnixTimeSeconds(_clock.GetUtcNow().ToUnixTimeSeconds());
            var nextUpdate = thisUpdate + _options.CrlValidity;
            byte[] der;
            using (var transaction = connection.BeginTransaction(deferred: true))
            {
                using (var state = connection.CreateCommand())
                {
                    state.Transaction = transaction;
                    state.CommandText = "SELECT crl_number, revocation_count FROM pki_crl_state WHERE id = 1";
                    using var reader = state.ExecuteReader();
                    reader.Read();
                    number = reader.GetInt64(0) + 1;
                    revocationCount = reader.GetInt64(1);
                }

                using var entries = connection.CreateCommand();
                entries.Transaction = transaction;
                entries.CommandText =
                    "SELECT serial, revoked_at, revocation_reason, invalidity_date FROM pki_certificates WHERE revoked_at IS NOT NULL";
                using (var reader = entries.ExecuteReader())
                {
                    der = CrlWriter.Write(ca, number, thisUpdate, nextUpdate, Read(reader));
                }

                IEnumerable<CrlEntry> Read(SqliteDataReader reader)
                {
                    while (reader.Read())
                    {
                        entryCount++;
                        yield return new CrlEntry(
                            reader.GetString(0),
                            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                            reader.IsDBNull(2) ? 0 : reader.GetInt32(2),
                            reader.IsDBNull(3) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)));
                    }
                }

                transaction.Commit();
            }

            var written = await WriteFileAsync(der, cancellationToken);
            using (var update = connection.CreateCommand())
            {
                update.CommandText =
                    "UPDATE pki_crl_state SET crl_number = $number, last_published_at = $now, published_revocation_count = $count, " +
                    "pending_since = CASE WHEN revocation_count > $count THEN pending_since ELSE NULL END WHERE id = 1";
                update.Parameters.AddWithValue("$number", number);
                update.Parameters.AddWithValue("$now", thisUpdate.ToUnixTimeMilliseconds());
                update.Parameters.AddWithValue("$count", revocationCount);
                await update.ExecuteNonQueryAsync(cancellationToken);
            }

            _current = new Published(der, written);
            _logger.LogInformation("Published CRL {Number} with {Count} entries ({Bytes} bytes).", number, entryCount, der.Length);
            return new CrlInfo(number, thisUpdate, nextUpdate, entryCount, der);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private async Task<DateTime> WriteFileAsync(byte[] der, CancellationToken cancellationToken)
    {
        var path = CrlPath;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        await File.WriteAllBytesAsync(temporary, der, cancellationToken);
        File.Move(temporary, path, overwrite: true);
        return File.GetLastWriteTimeUtc(path);
    }

    private sealed record Published(byte[] Der, DateTime WrittenAt);
}
