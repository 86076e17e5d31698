using System.Collections.Concurrent;

namespace Ams.Pki.Ocsp;

/// <summary>
/// Pre-signed responses to nonce-less single requests (RFC 5019), by serial. An entry is served only
/// when the status just read from the database equals the status it was signed with, and until shortly
/// before its nextUpdate; a revocation also evicts the serial at once.
/// </summary>
internal sealed class OcspResponseCache
{
    /// <summary>
    /// Upper bound of cached responses (each about 700 bytes with the signer's certificate, so some
    /// 70 MB): beyond it the cache is cleared, which bounds memory when clients scan serials.
    /// </summary>
    public const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<string, Entry[]> _bySerial = new(StringComparer.Ordinal);
    private int _count;

    public byte[]? TryGet(OcspCertId certId, OcspCertStatus status, DateTimeOffset now)
    {
        if (certId.Serial is null || !_bySerial.TryGetValue(certId.Serial, out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            if (entry.Status == status && now < entry.RefreshAt && entry.CertIdDer.AsSpan().SequenceEqual(certId.Der))
            {
                return entry.Response;
            }
        }

        return null;
    }

    public void Store(OcspCertId certId, OcspCertStatus status, byte[] response, DateTimeOffset refreshAt)
    {
        if (certId.Serial is null)
        {
            return;
        }

        if (Interlocked.Increment(ref _count) > MaxEntries)
        {
            _bySerial.Clear();
            Interlocked.Exchange(ref _count, 1);
        }

        var entry = new Entry(certId.Der, status, response, refreshAt);
        _bySerial.AddOrUpdate(
            certId.Serial,
            _ => [entry],
            (_, existing) => [entry, .. existing.Where(e => !e.CertIdDer.AsSpan().SequenceEqual(certId.Der))]);
    }

    public void Evict(string serial)
    {
        if (_bySerial.TryRemove(serial, out var removed))
        {
            Interlocked.Add(ref _count, -removed.Length);
        }
    }

    public void Clear()
    {
        _bySerial.Clear();
        Interlocked.Exchange(ref _count, 0);
    }

    private sealed record Entry(byte[] CertIdDer, OcspCertStatus Status, byte[] Response, DateTimeOffset RefreshAt);
}
