using System.Data;
using System.Data.Common;
using Ams.Pki.Authority;
using Ams.Pki.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Ams.Pki.Crl;

/// <summary>
/// Publishes the full CRL of the issuing CA into the database, where every node serves it from, and keeps it in
/// memory by CRL number. The host calls <see cref="PublishIfDueAsync"/> every few seconds (a background loop on each
/// node): it republishes <see cref="PkiOptions.CrlRevocationBatchDelay"/> after the first unpublished revocation
/// (revocations meanwhile are batched) and every <see cref="PkiOptions.CrlRepublishInterval"/>. Nodes that publish at
/// the same moment race on the CRL number: one CRL per number is stored, the others are dropped. No delta CRLs.
/// </summary>
public sealed class CrlPublisher : IDisposable
{
    private readonly PkiRuntime _runtime;
    private readonly IDbContextFactory<PkiDbContext> _dbFactory;
    private readonly PkiOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<CrlPublisher> _logger;
    private readonly PkiEventListeners _events;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Published? _current;

    internal CrlPublisher(
        PkiRuntime runtime, IDbContextFactory<PkiDbContext> dbFactory, PkiOptions options, TimeProvider clock, ILogger<CrlPublisher> logger, PkiEventListeners events)
    {
        _events = events;
        _runtime = runtime;
        _dbFactory = dbFactory;
        _options = options;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>The current CRL, DER; publishes one first if none exists yet.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<byte[]> GetCurrentCrlAsync(CancellationToken cancellationToken = default)
    {
        await _runtime.GetCredentialsAsync(cancellationToken);
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        var number = await db.CrlState.AsNoTracking().Where(s => s.Id == 1 && s.CurrentCrl != null).Select(s => (long?)s.CrlNumber).SingleOrDefaultAsync(cancellationToken);
        if (number is null)
        {
            return (await PublishAsync(cancellationToken)).Der;
        }

        if (_current is { } current && current.Number == number)
        {
            return current.Der;
        }

        var stored = await db.CrlState.AsNoTracking().Where(s => s.Id == 1).Select(s => new { s.CrlNumber, s.CurrentCrl }).SingleAsync(cancellationToken);
        _current = new Published(stored.CurrentCrl!, stored.CrlNumber);
        return stored.CurrentCrl!;
    }

    /// <summary>
    /// Publishes when due: no CRL yet, a revocation waiting for longer than the batch delay, the
    /// republication interval elapsed, or three quarters of the validity gone.
    /// </summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The new CRL, or null when none was due.</returns>
    public async Task<CrlInfo?> PublishIfDueAsync(CancellationToken cancellationToken = default)
    {
        await _runtime.GetCredentialsAsync(cancellationToken);
        await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
        var state = await db.CrlState.AsNoTracking().Where(s => s.Id == 1)
            .Select(s => new { s.LastPublishedAt, s.PendingSince, Published = s.CurrentCrl != null }).SingleAsync(cancellationToken);
        var now = _clock.GetUtcNow();
        var due = state.LastPublishedAt is not { } last
            || !state.Published
            || (state.PendingSince is { } pending && now - pending >= _options.CrlRevocationBatchDelay)
            || now - last >= _options.CrlRepublishInterval
            || now - last >= _options.CrlValidity * 3 / 4;
        return due ? await PublishAsync(cancellationToken) : null;
    }

    /// <summary>Signs and stores a new CRL now, whatever the schedule.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    public async Task<CrlInfo> PublishAsync(CancellationToken cancellationToken = default)
    {
        var ca = await _runtime.GetCredentialsAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await _dbFactory.CreateDbContextAsync(cancellationToken);
            long previous;
            long revocationCount;
            long entryCount = 0;
            var thisUpdate = DateTimeOffset.FromUnixTimeSeconds(_clock.GetUtcNow().ToUnixTimeSeconds());
            var nextUpdate = thisUpdate + _options.CrlValidity;
            byte[] der;

            // One snapshot: the counter and the entries agree.
            await using (var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken))
            {
                var state = await db.CrlState.AsNoTracking().Where(s => s.Id == 1).Select(s => new { s.CrlNumber, s.RevocationCount }).SingleAsync(cancellationToken);
                previous = state.CrlNumber;
                revocationCount = state.RevocationCount;
                var connection = db.Database.GetDbConnection();
                await using var entries = connection.CreateCommand();
                entries.Transaction = transaction.GetDbTransaction();
                entries.CommandText = "SELECT serial, revoked_at, revocation_reason, invalidity_date FROM pki_certificates WHERE revoked_at IS NOT NULL";
                await using (var reader = await entries.ExecuteReaderAsync(cancellationToken))
                {
                    der = CrlWriter.Write(ca, previous + 1, thisUpdate, nextUpdate, Read(reader));
                }

                IEnumerable<CrlEntry> Read(DbDataReader reader)
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

                await transaction.CommitAsync(cancellationToken);
            }

            var number = previous + 1;
            var published = thisUpdate.ToUnixTimeMilliseconds();
            var stored = await db.Database.ExecuteSqlAsync(
                $"""
                UPDATE pki_crl_state SET crl_number = {number}, last_published_at = {published}, published_revocation_count = {revocationCount},
                    pending_since = CASE WHEN revocation_count > {revocationCount} THEN pending_since ELSE NULL END, current_crl = {der}
                WHERE id = 1 AND crl_number = {previous}
                """,
                cancellationToken);
            if (stored == 0)
            {
                _logger.LogInformation("Another node published CRL {Number} first; keeping theirs.", number);
            }
            else
            {
                _current = new Published(der, number);
                _logger.LogInformation("Published CRL {Number} with {Count} entries ({Bytes} bytes).", number, entryCount, der.Length);
                await _events.NotifyAsync(new PkiEvent(PkiEventKind.CrlPublished, null, $"CRL {number} with {entryCount} entries, next update {nextUpdate:O}"), cancellationToken);
            }

            return new CrlInfo(number, thisUpdate, nextUpdate, entryCount, der);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private sealed record Published(byte[] Der, long Number);
}
