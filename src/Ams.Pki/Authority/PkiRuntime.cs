using Ams.Pki.Storage;
using Microsoft.EntityFrameworkCore;

namespace Ams.Pki.Authority;

/// <summary>First-use initialization shared by the PKI services: the tables' migrations, then keys and certificates.</summary>
internal sealed class PkiRuntime(IDbContextFactory<PkiDbContext> dbFactory, CaCredentialStore store) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile CaCredentials? _credentials;

    public async ValueTask<CaCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        if (_credentials is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_credentials is null)
            {
                // The data directory is created owner-only before a SQLite file of the PKI's own may land in it.
                store.EnsureDataDirectory();
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                await PkiDatabase.MigrateAsync(db, cancellationToken);
                _credentials = await store.LoadOrCreateAsync(db, cancellationToken);
            }

            return _credentials;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _credentials?.Dispose();
        _gate.Dispose();
    }
}
