using Ams.Pki.Authority;
using Ams.Pki.Crl;
using Ams.Pki.Ocsp;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Ams.Pki.Bench;

/// <summary>An embedded CA in a directory of its own, wired as the host would.</summary>
internal sealed class BenchPki : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly bool _deleteOnDispose;

    private BenchPki(string directory, ServiceProvider services, bool deleteOnDispose)
    {
        Directory = directory;
        _services = services;
        _deleteOnDispose = deleteOnDispose;
    }

    public string Directory { get; }

    public string ConnectionString => $"Data Source={Path.Combine(Directory, "pki.db")}";

    public CertificateAuthority Authority => _services.GetRequiredService<CertificateAuthority>();

    public OcspResponder Ocsp => _services.GetRequiredService<OcspResponder>();

    public CrlPublisher Crl => _services.GetRequiredService<CrlPublisher>();

    public static string NewDirectory(string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), "ams-pki-bench", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>Opens (or creates on first use) the CA in <paramref name="directory"/>.</summary>
    public static async Task<BenchPki> OpenAsync(string directory, bool deleteOnDispose)
    {
        var services = new ServiceCollection()
            .AddAmsPki(options =>
            {
                options.DataDirectory = Path.Combine(directory, "pki");
                options.ConnectionString = $"Data Source={Path.Combine(directory, "pki.db")}";
                options.KeyPassphrase = "bench-only-passphrase";
            })
            .BuildServiceProvider();
        var pki = new BenchPki(directory, services, deleteOnDispose);
        await pki.Authority.InitializeAsync();
        return pki;
    }

    /// <summary>The loaded keys and certificates (internal to the library; the bench hands them to openssl).</summary>
    public Task<CaCredentials> CredentialsAsync() => _services.GetRequiredService<PkiRuntime>().GetCredentialsAsync(CancellationToken.None).AsTask();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_deleteOnDispose)
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // best effort
            }
        }
    }
}
